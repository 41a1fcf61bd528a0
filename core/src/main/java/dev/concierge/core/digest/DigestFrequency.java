package dev.concierge.core.digest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a staff digest goes out. Wire names are the lower-case constants. */
public enum DigestFrequency {
  DAILY,
  WEEKLY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DigestFrequency> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
