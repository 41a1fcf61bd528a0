package dev.concierge.core.testing;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.Senders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** A sender on every channel that answers as the test says and remembers every message. */
public final class RecordingSender implements MessageSender {
  private final List<OutboundMessage> sent = Collections.synchronizedList(new ArrayList<>());
  private final Function<OutboundMessage, SendResult> behaviour;

  public RecordingSender(Function<OutboundMessage, SendResult> behaviour) {
    this.behaviour = behaviour;
  }

  /** Accepts every message, without a provider id. */
  public static RecordingSender accepting() {
    return new RecordingSender(message -> new SendResult.Delivered(null));
  }

  /** This sender as the only one, for every channel. */
  public Senders alone() {
    return new Senders(List.of(this), this);
  }

  public List<OutboundMessage> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  /** Whom each message went to, in the order sent. */
  public List<UUID> personIds() {
    return sent().stream().map(OutboundMessage::personId).toList();
  }

  @Override
  public String provider() {
    return "test";
  }

  @Override
  public Set<ChannelType> channels() {
    return Set.of(ChannelType.values());
  }

  @Override
  public SendResult send(OutboundMessage message) {
    sent.add(message);
    return behaviour.apply(message);
  }
}
