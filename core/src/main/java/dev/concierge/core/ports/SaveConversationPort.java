package dev.concierge.core.ports;

import dev.concierge.core.conversations.Conversation;

public interface SaveConversationPort {
  Conversation saveConversation(Conversation conversation);
}
