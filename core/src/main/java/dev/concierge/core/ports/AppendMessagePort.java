package dev.concierge.core.ports;

import dev.concierge.core.conversations.Message;

public interface AppendMessagePort {
  /** Adds the message and moves its conversation's last_message_at, atomically. */
  Message appendMessage(Message message);
}
