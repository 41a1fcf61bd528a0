package dev.concierge.core.conversations;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Where conversations and their messages are kept. Implementations are thread-safe. */
public interface ConversationStore {
  Optional<Conversation> loadConversation(UUID orgId, UUID conversationId);

  /** Newest first; personId narrows the list when not null. */
  Page<Conversation> listConversations(UUID orgId, UUID personId, PageRequest page);

  Conversation saveConversation(Conversation conversation);

  /** Oldest first, as the conversation went. */
  Page<Message> listMessages(UUID orgId, UUID conversationId, PageRequest page);

  /** Adds the message and moves its conversation's last_message_at, atomically. */
  Message appendMessage(Message message);
}
