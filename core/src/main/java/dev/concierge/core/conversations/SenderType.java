package dev.concierge.core.conversations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who wrote a message. Wire names are the lower-case snake_case constants. */
public enum SenderType {
  CLIENT,
  STAFF,
  AGENT,
  SYSTEM;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SenderType> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
