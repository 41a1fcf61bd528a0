package dev.concierge.core.conversations;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import java.util.Optional;
import java.util.UUID;

/**
 * Where conversations and their messages are kept. Each method works within one organization:
 * another organization's conversations and messages are neither found nor listed. Conversations and
 * messages are added, never changed here, and deleted (softly: a deleted one is never found, listed
 * or added to again). Implementations are thread-safe.
 */
public interface ConversationStore {
  Optional<Conversation> find(UUID orgId, UUID conversationId);

  /**
   * The organization's conversation on {@code channel} that the channel knows as {@code
   * externalThreadId} (a Slack DM or thread), at most one.
   */
  Optional<Conversation> findByThread(UUID orgId, ChannelType channel, String externalThreadId);

  /**
   * Newest first (then by id); {@code personId} and {@code matching} (words of the subject or of a
   * message, as search finds them) narrow the list when not null. With {@code matching} the total
   * is counted only up to {@link Page#COUNTED_UP_TO} past the page's start ({@link
   * Page#countReachedBound}).
   */
  Page<Conversation> list(UUID orgId, UUID personId, SearchText matching, PageRequest page);

  /**
   * Adds the conversation and returns it as stored (with its times).
   *
   * @throws dev.concierge.core.errors.ConflictException when the organization has a conversation
   *     with its external thread id on its channel already
   */
  Conversation save(Conversation conversation);

  /** The organization's message with this id, in whichever of its conversations. */
  Optional<Message> findMessage(UUID orgId, UUID messageId);

  /** A conversation's messages oldest first, as the conversation went. */
  Page<Message> listMessages(UUID orgId, UUID conversationId, PageRequest page);

  /**
   * Adds the message and moves its conversation's {@code lastMessageAt} up to it, atomically, and
   * returns it as stored (with its times).
   *
   * @throws dev.concierge.core.errors.ConflictException when the conversation has a message with
   *     its external message id already
   */
  Message append(Message message);

  /**
   * Deletes the conversation and its messages at once; false when the organization has no such
   * conversation (or it was deleted already).
   */
  boolean delete(UUID orgId, UUID conversationId);

  /** Deletes one message; false when that conversation has no such message. */
  boolean deleteMessage(UUID orgId, UUID conversationId, UUID messageId);
}
