package dev.concierge.core.reminders.bulk;

import dev.concierge.core.reminders.NewReminder;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One operation of a bulk request.
 *
 * @param reminderId the reminder it acts on; null for a create
 * @param reminder what to create; null for any other action
 * @param scheduledAt a rescheduled scheduled reminder's new time
 * @param leadTimeDays a rescheduled lead-time reminder's new lead
 */
public record BulkOperation(
    BulkAction action,
    UUID reminderId,
    NewReminder reminder,
    Instant scheduledAt,
    Integer leadTimeDays) {

  public BulkOperation {
    Objects.requireNonNull(action, "action");
  }

  public static BulkOperation create(NewReminder reminder) {
    return new BulkOperation(BulkAction.CREATE, null, reminder, null, null);
  }

  /** Pause, resume or delete {@code reminderId}. */
  public static BulkOperation of(BulkAction action, UUID reminderId) {
    return new BulkOperation(action, reminderId, null, null, null);
  }
}
