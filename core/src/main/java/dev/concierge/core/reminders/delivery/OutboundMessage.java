package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.util.Objects;
import java.util.UUID;

/**
 * A message ready to leave the platform: who it is for on which channel, and what it says.
 *
 * @param recipient the channel's address: a Slack user or channel id, an email address, a phone
 *     number
 * @param subject a short headline (the email subject; other channels may ignore it)
 * @param text the plain-text body; senders that want markup derive it from this text
 * @param deliveryKey identifies this delivery attempt's cycle (reminder and scheduled time), for
 *     providers and logs that can de-duplicate on it
 * @param reminderRuleId the reminder delivered, which a channel with buttons lets its person answer
 *     (done, snooze); null for what is no reminder (a check-in)
 */
public record OutboundMessage(
    UUID orgId,
    UUID personId,
    ChannelType channel,
    String recipient,
    String subject,
    String text,
    String deliveryKey,
    UUID reminderRuleId) {

  /** A message that is no reminder's (a check-in). */
  public OutboundMessage(
      UUID orgId,
      UUID personId,
      ChannelType channel,
      String recipient,
      String subject,
      String text,
      String deliveryKey) {
    this(orgId, personId, channel, recipient, subject, text, deliveryKey, null);
  }

  public OutboundMessage {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(text, "text");
    subject = subject == null ? "" : subject;
  }
}
