package dev.concierge.core.ports;

import dev.concierge.core.conversations.Conversation;
import java.util.Optional;
import java.util.UUID;

public interface LoadConversationPort {
  Optional<Conversation> loadConversation(UUID orgId, UUID conversationId);
}
