package dev.concierge.core.ports;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListConversationsPort {
  /** Newest first; personId narrows the list when not null. */
  Page<Conversation> listConversations(UUID orgId, UUID personId, PageRequest page);
}
