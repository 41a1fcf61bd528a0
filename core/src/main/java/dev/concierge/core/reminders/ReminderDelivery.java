package dev.concierge.core.reminders;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One delivery attempt of a reminder's cycle, as the dispatcher recorded it. */
public record ReminderDelivery(
    UUID deliveryId,
    UUID reminderRuleId,
    Instant scheduledAt,
    int attemptNumber,
    String channelType,
    UUID commIdentityId,
    String recipient,
    String provider,
    String renderedMessage,
    String composedBy,
    String status,
    String providerMessageId,
    String errorCode,
    String errorMessage,
    Instant startedAt,
    Instant finishedAt) {

  public ReminderDelivery {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
  }
}
