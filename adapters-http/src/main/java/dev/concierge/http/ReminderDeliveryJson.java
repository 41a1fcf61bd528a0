package dev.concierge.http;

import dev.concierge.core.reminders.ReminderDelivery;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** One delivery attempt of a reminder, and the person's answer to it, as its history shows it. */
record ReminderDeliveryJson(
    UUID deliveryId,
    UUID reminderRuleId,
    OffsetDateTime scheduledDatetime,
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
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    OffsetDateTime acknowledgedAt,
    String acknowledgement,
    String acknowledgedBy,
    OffsetDateTime viewedAt) {

  static ReminderDeliveryJson of(ReminderDelivery d, ZoneId zone) {
    return new ReminderDeliveryJson(
        d.deliveryId(),
        d.reminderRuleId(),
        Instants.at(d.scheduledAt(), zone),
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
        Instants.at(d.startedAt(), zone),
        Instants.at(d.finishedAt(), zone),
        Instants.at(d.acknowledgedAt(), zone),
        d.acknowledgement(),
        d.acknowledgedBy(),
        Instants.at(d.viewedAt(), zone));
  }
}
