package dev.concierge.core.identities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A way to reach a person or to talk with one. Wire names are the lower-case snake_case constants.
 */
public enum ChannelType {
  SLACK,
  EMAIL,
  SMS,
  PHONE,
  WEB;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChannelType> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
