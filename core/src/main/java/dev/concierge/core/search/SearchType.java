package dev.concierge.core.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a search looks through. Wire names are the lower-case snake_case constants. */
public enum SearchType {
  PERSON,
  DATE_ITEM,
  PROJECT,
  TASK,
  MESSAGE,
  RECOMMENDATION,
  RESOURCE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SearchType> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
