package dev.concierge.core.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of entity a write is recorded against. Wire names are the lower-case snake_case
 * constants; every catalogue collection (vendors, venues, restaurants, products) is a {@code
 * resource}.
 */
public enum EntityType {
  PERSON,
  DATE_ITEM,
  REMINDER,
  PROJECT,
  TASK,
  CONVERSATION,
  MESSAGE,
  COMM_IDENTITY,
  DATE_CATEGORY,
  RESOURCE,
  RECOMMENDATION,
  ACCOUNT,
  API_KEY,
  ORGANIZATION,
  RELATIONSHIP,
  PREFERENCE,
  AGENT,
  CALENDAR_FEED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EntityType> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
