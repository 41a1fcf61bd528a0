package dev.concierge.core.reminders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a reminder is placed in time: some days before each occurrence of a date item, or at one
 * explicit instant. Wire names are the lower-case snake_case constants.
 */
public enum ReminderType {
  LEAD_TIME,
  SCHEDULED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReminderType> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
