package dev.concierge.core.conversations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a message went to: from the client, to the client, or a staff note. Wire names are the
 * lower-case snake_case constants.
 */
public enum MessageDirection {
  INBOUND,
  OUTBOUND,
  INTERNAL;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MessageDirection> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
