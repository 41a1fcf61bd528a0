package dev.concierge.core.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What became of a recommendation. Wire names are the lower-case snake_case constants. */
public enum RecommendationStatus {
  SUGGESTED,
  ACCEPTED,
  DECLINED,
  BOOKED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RecommendationStatus> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
