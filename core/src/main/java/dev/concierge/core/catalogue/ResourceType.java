package dev.concierge.core.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of vetted catalogue entries. Wire names are the lower-case snake_case constants. */
public enum ResourceType {
  VENDOR,
  VENUE,
  RESTAURANT,
  PRODUCT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ResourceType> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
