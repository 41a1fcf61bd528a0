package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers to the outbox: the message is kept with its delivery record and logged, and nothing
 * leaves the machine. Stands in for every channel that has no provider configured, so a reminder is
 * never lost for want of credentials.
 */
public final class OutboxSender implements MessageSender {
  public static final String PROVIDER = "outbox";
  private static final Logger log = LoggerFactory.getLogger("dev.concierge.outbox");

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public Set<ChannelType> channels() {
    return EnumSet.allOf(ChannelType.class);
  }

  @Override
  public SendResult send(OutboundMessage message) {
    if (log.isDebugEnabled()) {
      log.debug(
          "outbox {} to {} ({}): {}",
          message.channel().wireName(),
          message.recipient(),
          message.deliveryKey(),
          message.subject());
    }
    return new SendResult.Delivered("outbox:" + message.deliveryKey());
  }
}
