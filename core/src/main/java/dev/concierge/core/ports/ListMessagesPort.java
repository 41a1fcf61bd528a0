package dev.concierge.core.ports;

import dev.concierge.core.conversations.Message;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListMessagesPort {
  /** Oldest first, as the conversation went. */
  Page<Message> listMessages(UUID orgId, UUID conversationId, PageRequest page);
}
