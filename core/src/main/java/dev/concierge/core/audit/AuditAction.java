package dev.concierge.core.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a write did to its entity. Wire names are the lower-case constants. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** A sent or failed reminder queued again. */
  RETRY,
  /** A reminder its person marked done. */
  ACKNOWLEDGE,
  /** A reminder its person asked to be reminded of again later. */
  SNOOZE,
  /** A reminder paused: nothing is sent until it is resumed. */
  PAUSE,
  /** A paused reminder resumed. */
  RESUME;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AuditAction> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
