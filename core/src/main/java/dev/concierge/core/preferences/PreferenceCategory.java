package dev.concierge.core.preferences;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a preference is about. Wire names are the lower-case constants. */
public enum PreferenceCategory {
  /** Diet, allergies, cuisines, drinks, dislikes at the table. */
  FOOD,
  /** Airlines, seats, hotels, rooms, ways of travelling. */
  TRAVEL,
  /** Tastes, brands, sizes, what to give and not to give. */
  GIFTS,
  /** Channel, hours, language and tone in which to be contacted. */
  COMMUNICATION,
  /** Availability, routines, days and times to keep free. */
  SCHEDULE,
  /** Access and mobility needs for places and trips. */
  ACCESSIBILITY,
  OTHER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PreferenceCategory> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
