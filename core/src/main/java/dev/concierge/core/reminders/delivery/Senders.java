package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which sender delivers on which channel; channels without one go to the outbox. */
public final class Senders {
  private final Map<ChannelType, MessageSender> byChannel = new EnumMap<>(ChannelType.class);
  private final MessageSender fallback;

  public Senders(List<MessageSender> senders, MessageSender fallback) {
    this.fallback = fallback;
    for (MessageSender sender : senders) {
      for (ChannelType channel : sender.channels()) {
        byChannel.putIfAbsent(channel, sender);
      }
    }
  }

  /**
   * Sends through {@code sender} and always answers: a sender that throws or returns nothing has
   * failed transiently, so a reminder or check-in is tried again rather than lost.
   */
  public static SendResult sendGuarded(MessageSender sender, OutboundMessage message) {
    try {
      SendResult result = sender.send(message);
      return result == null
          ? new SendResult.TransientFailure("sender_error", "the sender returned no result")
          : result;
    } catch (RuntimeException e) {
      return new SendResult.TransientFailure(
          "sender_error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Every channel to the outbox. */
  public static Senders outboxOnly() {
    return new Senders(List.of(), new OutboxSender());
  }

  public MessageSender forChannel(ChannelType channel) {
    return byChannel.getOrDefault(channel, fallback);
  }

  /** The provider of each channel, for the startup log. */
  public Map<ChannelType, String> providers() {
    Map<ChannelType, String> providers = new EnumMap<>(ChannelType.class);
    for (ChannelType channel : ChannelType.values()) {
      providers.put(channel, forChannel(channel).provider());
    }
    return providers;
  }
}
