package dev.concierge.core.reminders.bulk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What one operation of a bulk request does. Wire names are the lower-case constants. */
public enum BulkAction {
  CREATE,
  /**
   * A new time: scheduled_datetime for a scheduled reminder, lead_time_days for a lead-time one.
   */
  RESCHEDULE,
  PAUSE,
  RESUME,
  DELETE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<BulkAction> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
