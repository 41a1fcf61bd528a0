package dev.concierge.core.reminders;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One delivery attempt of a reminder's cycle, as the dispatcher recorded it, and how the person
 * answered it (a button under a Slack reminder), when they did.
 *
 * @param acknowledgedAt when the person answered; null while unanswered
 * @param acknowledgement the answer ({@link ReminderAnswer#wireName()}); null while unanswered
 * @param acknowledgedBy who answered, as the channel names them (a Slack user id, or "email link")
 * @param viewedAt when the person first opened the link of an email reminder; null before
 */
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
    Instant finishedAt,
    Instant acknowledgedAt,
    String acknowledgement,
    String acknowledgedBy,
    Instant viewedAt) {

  public ReminderDelivery {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
  }
}
