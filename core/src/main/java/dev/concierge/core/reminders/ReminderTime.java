package dev.concierge.core.reminders;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When a reminder is due, with the offset it has in the person's zone at that moment.
 *
 * @param late true when that moment had already passed when it was computed: the reminder is due at
 *     once. Its time is still the computed one, never moved to now nor to the next cycle, so the
 *     delivery's key (rule, scheduled time) is the same however often it is recomputed.
 */
public record ReminderTime(OffsetDateTime fireAt, boolean late) {
  public ReminderTime {
    Objects.requireNonNull(fireAt, "fireAt");
  }
}
