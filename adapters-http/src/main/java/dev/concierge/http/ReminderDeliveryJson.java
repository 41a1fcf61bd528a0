package dev.concierge.http;

import dev.concierge.core.model.ReminderDelivery;
import java.time.Instant;
import java.util.UUID;

/** One delivery attempt of a reminder, as its history shows it. */
record ReminderDeliveryJson(
    UUID deliveryId,
    UUID reminderRuleId,
    Instant scheduledDatetime,
    int attemptNumber,
    String channelType,
    UUID commIdentityId,
    String recipient,
    String provider,
    String status,
    String providerMessageId,
    String errorCode,
    String errorMessage,
    String renderedMessage,
    String composedBy,
    Instant startedAt,
    Instant finishedAt) {

  static ReminderDeliveryJson of(ReminderDelivery d) {
    return new ReminderDeliveryJson(
        d.deliveryId(),
        d.reminderRuleId(),
        d.scheduledAt(),
        d.attemptNumber(),
        d.channelType(),
        d.commIdentityId(),
        d.recipient(),
        d.provider(),
        d.status(),
        d.providerMessageId(),
        d.errorCode(),
        d.errorMessage(),
        d.renderedMessage(),
        d.composedBy(),
        d.startedAt(),
        d.finishedAt());
  }
}
