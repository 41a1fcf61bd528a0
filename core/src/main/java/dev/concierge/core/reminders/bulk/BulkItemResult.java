package dev.concierge.core.reminders.bulk;

import dev.concierge.core.errors.ConciergeException;
import java.util.Locale;
import java.util.UUID;

/**
 * What became of one operation of a bulk request.
 *
 * @param index the operation's position in the request, from 0
 * @param reminderId the reminder acted on (the new one for a create); null when a create failed
 * @param problem why it failed; null otherwise
 */
public record BulkItemResult(
    int index, UUID reminderId, Status status, ConciergeException problem) {

  /** Wire names are the lower-case constants. */
  public enum Status {
    CREATED,
    RESCHEDULED,
    PAUSED,
    RESUMED,
    DELETED,
    /** This operation was refused; {@code problem} says why. */
    FAILED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
