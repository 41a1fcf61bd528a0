package dev.concierge.core.reminders;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.time.Instant;
import java.util.UUID;

/**
 * What creating a reminder rule takes. A lead-time rule needs a date item and its days; a scheduled
 * rule an instant and, when standalone, a person. {@code channelType} asks for delivery on that
 * channel; {@code commIdentityId} names the identity outright.
 */
public record NewReminder(
    UUID personId,
    UUID dateItemId,
    ReminderType reminderType,
    Integer leadTimeDays,
    @WireName("scheduled_datetime") Instant scheduledAt,
    ChannelType channelType,
    UUID commIdentityId,
    @WireName("metadata_jsonb") Metadata metadata) {

  /**
   * A reminder {@code days} before each occurrence of the date item it is created with, at the
   * organization's send time in the person's zone, to the person's primary identity.
   */
  public static NewReminder daysBefore(int days) {
    return new NewReminder(
        null, null, ReminderType.LEAD_TIME, days, null, null, null, Metadata.EMPTY);
  }
}
