package dev.concierge.core.ports;

import dev.concierge.core.model.Conversation;

public interface SaveConversationPort {
  Conversation saveConversation(Conversation conversation);
}
