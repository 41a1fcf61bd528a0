package dev.concierge.core.testing;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.Senders;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A provider on every channel that answers as the test says and keeps every message it was given.
 * Its provider name is {@value #PROVIDER}. Thread-safe.
 */
public final class RecordingSender implements MessageSender {
  public static final String PROVIDER = "test";

  private final Function<OutboundMessage, SendResult> answer;
  private final List<OutboundMessage> sent = new ArrayList<>();

  /** {@code answer} may throw or answer null, as a broken sender would. */
  public RecordingSender(Function<OutboundMessage, SendResult> answer) {
    this.answer = answer;
  }

  /** Accepts every message, as message {@code msg-N} (N counting from 1). */
  public static RecordingSender accepting() {
    int[] count = {0};
    return new RecordingSender(message -> new SendResult.Delivered("msg-" + ++count[0]));
  }

  /** This sender as the only one, for every channel. */
  public Senders alone() {
    return new Senders(List.of(this), this);
  }

  /** Whom each message went to, in the order sent. */
  public List<UUID> personIds() {
    return sent().stream().map(OutboundMessage::personId).toList();
  }

  /** What it was given, in order. */
  public synchronized List<OutboundMessage> sent() {
    return List.copyOf(sent);
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public Set<ChannelType> channels() {
    return Set.of(ChannelType.values());
  }

  @Override
  public synchronized SendResult send(OutboundMessage message) {
    sent.add(message);
    return answer.apply(message);
  }
}
