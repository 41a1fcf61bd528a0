package dev.concierge.core.conversations;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a conversation is still going on. Wire names are the lower-case snake_case constants. */
public enum ConversationStatus {
  ACTIVE,
  ARCHIVED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ConversationStatus> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
