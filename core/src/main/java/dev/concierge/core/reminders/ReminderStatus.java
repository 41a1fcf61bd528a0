package dev.concierge.core.reminders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a reminder's current cycle stands: pending (neither sent nor failed), sent ({@code sent_at}
 * set) or failed ({@code failed_at} set: attempts exhausted); or paused ({@code paused_at} set:
 * sent nothing until resumed, whatever its cycle did). Wire names are the lower-case constants.
 */
public enum ReminderStatus {
  PENDING,
  SENT,
  FAILED,
  PAUSED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReminderStatus> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
