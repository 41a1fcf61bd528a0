package dev.concierge.core.testing;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ConversationStore} in maps, for fast tests of the rules; held to PostgreSQL's by the
 * contract. It does not check that the persons and accounts named exist: the use cases do.
 */
public final class InMemoryConversationStore implements ConversationStore {
  private final Map<UUID, Conversation> conversations = new ConcurrentHashMap<>();
  private final Map<UUID, Message> messages = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryConversationStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Conversation> find(UUID orgId, UUID conversationId) {
    return Optional.ofNullable(conversations.get(conversationId))
        .filter(c -> c.orgId().equals(orgId));
  }

  @Override
  public Optional<Conversation> findByThread(
      UUID orgId, ChannelType channel, String externalThreadId) {
    return conversations.values().stream()
        .filter(c -> c.orgId().equals(orgId) && c.channelType() == channel)
        .filter(c -> externalThreadId.equals(c.externalThreadId()))
        .findFirst();
  }

  @Override
  public Page<Conversation> list(UUID orgId, UUID personId, SearchText matching, PageRequest page) {
    return Pages.of(
        conversations.values().stream()
            .filter(c -> c.orgId().equals(orgId))
            .filter(
                c ->
                    Words.holds(matching, c.subject())
                        || messagesOf(orgId, c.conversationId()).stream()
                            .anyMatch(m -> Words.holds(matching, m.content())))
            .filter(c -> personId == null || c.personId().equals(personId))
            .sorted(
                Comparator.comparing(Conversation::createdAt)
                    .reversed()
                    .thenComparing(Conversation::conversationId))
            .toList(),
        page);
  }

  @Override
  public synchronized Conversation save(Conversation conversation) {
    boolean taken =
        conversations.containsKey(conversation.conversationId())
            || conversation.externalThreadId() != null
                && conversations.values().stream()
                    .anyMatch(
                        c ->
                            c.orgId().equals(conversation.orgId())
                                && c.channelType() == conversation.channelType()
                                && conversation.externalThreadId().equals(c.externalThreadId()));
    if (taken) {
      throw new ConflictException(
          "A conversation with that external_thread_id already exists on this channel.");
    }
    Instant now = clock.instant();
    Conversation stored = conversation.stored(null, now, now);
    conversations.put(stored.conversationId(), stored);
    return stored;
  }

  @Override
  public Optional<Message> findMessage(UUID orgId, UUID messageId) {
    return Optional.ofNullable(messages.get(messageId)).filter(m -> m.orgId().equals(orgId));
  }

  @Override
  public Page<Message> listMessages(UUID orgId, UUID conversationId, PageRequest page) {
    return Pages.of(messagesOf(orgId, conversationId), page);
  }

  @Override
  public synchronized Message append(Message message) {
    Conversation conversation = conversations.get(message.conversationId());
    if (conversation == null || !conversation.orgId().equals(message.orgId())) {
      // as PostgreSQL's foreign key refuses it
      throw new ValidationException("conversation_id", "does not exist");
    }
    if (messages.containsKey(message.messageId())
        || message.externalMessageId() != null
            && messagesOf(message.orgId(), message.conversationId()).stream()
                .anyMatch(m -> message.externalMessageId().equals(m.externalMessageId()))) {
      throw new ConflictException(
          "A message with that external_message_id already exists in this conversation.");
    }
    Instant now = clock.instant();
    Message stored = message.stored(now, now);
    messages.put(stored.messageId(), stored);
    Instant last = conversation.lastMessageAt();
    conversations.put(
        conversation.conversationId(),
        conversation.stored(
            last == null || last.isBefore(now) ? now : last, conversation.createdAt(), now));
    return stored;
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID conversationId) {
    if (find(orgId, conversationId).isEmpty()) {
      return false;
    }
    conversations.remove(conversationId);
    messages.values().removeIf(m -> m.conversationId().equals(conversationId));
    return true;
  }

  @Override
  public synchronized boolean deleteMessage(UUID orgId, UUID conversationId, UUID messageId) {
    return findMessage(orgId, messageId)
        .filter(m -> m.conversationId().equals(conversationId))
        .map(m -> messages.remove(messageId) != null)
        .orElse(false);
  }

  /** Every message of the organization's conversation, oldest first. */
  public List<Message> messagesOf(UUID orgId, UUID conversationId) {
    return messages.values().stream()
        .filter(m -> m.orgId().equals(orgId) && m.conversationId().equals(conversationId))
        .sorted(Comparator.comparing(Message::createdAt).thenComparing(Message::messageId))
        .toList();
  }

  /** Every conversation of the organization with the person (any, when null), in no order. */
  public List<Conversation> conversationsOf(UUID orgId, UUID personId) {
    return conversations.values().stream()
        .filter(c -> c.orgId().equals(orgId))
        .filter(c -> personId == null || c.personId().equals(personId))
        .toList();
  }
}
