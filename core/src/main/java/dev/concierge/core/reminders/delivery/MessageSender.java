package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.util.Set;

/**
 * Delivers messages on some channels through one provider (Slack, SES, the outbox). Implementations
 * must be safe to call from several threads and must not retry on their own beyond what their
 * client library does in one call: retries, backoff and giving up belong to the dispatcher.
 */
public interface MessageSender {

  /** The provider's name as recorded with each delivery, e.g. {@code slack}, {@code ses}. */
  String provider();

  /** The channels this sender can deliver to. */
  Set<ChannelType> channels();

  SendResult send(OutboundMessage message);
}
