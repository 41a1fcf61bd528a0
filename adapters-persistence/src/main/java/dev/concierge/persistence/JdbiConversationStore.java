package dev.concierge.persistence;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Conversations and their messages in PostgreSQL. Thread-safe. */
public final class JdbiConversationStore implements ConversationStore {
  private static final String CONVERSATION_COLUMNS =
      """
      conversation_id, org_id, person_id, channel_type, subject, status, external_thread_id,
      last_message_at, metadata_jsonb as metadata, created_at, updated_at
      """;
  static final String MESSAGE_COLUMNS =
      """
      message_id, org_id, conversation_id, direction, sender_type, sender_person_id,
      sender_account_id, content, external_message_id, metadata_jsonb as metadata, created_at,
      updated_at
      """;
  private static final RowMapper<Conversation> CONVERSATION =
      ConstructorMapper.of(Conversation.class);
  static final RowMapper<Message> MESSAGE = ConstructorMapper.of(Message.class);

  private final Jdbi jdbi;

  public JdbiConversationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Conversation> find(UUID orgId, UUID conversationId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + CONVERSATION_COLUMNS
                        + " from conversations"
                        + " where org_id = :orgId and conversation_id = :conversationId"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("conversationId", conversationId)
                .map(CONVERSATION)
                .findOne());
  }

  @Override
  public Optional<Conversation> findByThread(
      UUID orgId, ChannelType channel, String externalThreadId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + CONVERSATION_COLUMNS
                        + " from conversations where org_id = :orgId"
                        + " and channel_type = :channel and external_thread_id = :thread"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("channel", channel)
                .bind("thread", externalThreadId)
                .map(CONVERSATION)
                .findOne());
  }

  /**
   * The words in the subject or in a message of the conversation, as tried on each of the list's
   * first rows: each conversation's messages read by their own index ({@code offset 0} keeps the
   * planner from making them a hash of every message holding the words).
   */
  private static final String IN_A_MESSAGE =
      """
      (search_vector @@ websearch_to_tsquery('english', :matching)
       or exists (select 1 from messages m
                  where m.org_id = conversations.org_id
                    and m.conversation_id = conversations.conversation_id
                    and m.deleted_at is null
                    and m.search_vector @@ websearch_to_tsquery('english', :matching) offset 0))
      """;

  /**
   * The same, as the GIN indexes find it: the conversations whose subject holds the words and those
   * of the messages that do, looked up by primary key. A word in few messages (or in none) costs a
   * few index pages; asked as {@link #IN_A_MESSAGE} without the fence, the same match read every
   * conversation of the organization to look each up in a hash of the matching messages (all
   * 100,000 of the generated organization's for a word in none, twice: for the page and its total).
   */
  private static final String IN_A_MESSAGE_INDEXED =
      """
      conversation_id in (select conversation_id from conversations
                          where org_id = :orgId and deleted_at is null
                            and search_vector @@ websearch_to_tsquery('english', :matching)
                          union all
                          select conversation_id from messages
                          where org_id = :orgId and deleted_at is null
                            and search_vector @@ websearch_to_tsquery('english', :matching))
      """;

  @Override
  public Page<Conversation> list(UUID orgId, UUID personId, SearchText matching, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    String where = "org_id = :orgId and deleted_at is null";
    if (personId != null) {
      where += " and person_id = :personId";
      binds.put("personId", personId);
    }
    String orderBy = "created_at desc, conversation_id";
    if (matching == null) {
      String fromWhere = "from conversations where " + where;
      return jdbi.withHandle(
          handle ->
              Paging.page(
                  handle, CONVERSATION_COLUMNS, fromWhere, orderBy, binds, CONVERSATION, page));
    }
    binds.put("matching", matching.text());
    Paging.Matching words =
        new Paging.Matching(
            CONVERSATION_COLUMNS,
            "conversations",
            where,
            IN_A_MESSAGE,
            IN_A_MESSAGE_INDEXED,
            orderBy,
            "conversation_id");
    // words are matched on the GIN indexes only outside the policies (TextIndexReads)
    return TextIndexReads.inOrganization(
        jdbi, orgId, handle -> Paging.pageMatching(handle, words, binds, CONVERSATION, page));
  }

  @Override
  public Conversation save(Conversation conversation) {
    return SqlErrors.translate(
        "A conversation with that external_thread_id already exists on this channel.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into conversations (conversation_id, org_id, person_id,
                                                       channel_type, subject, status,
                                                       external_thread_id, metadata_jsonb)
                            values (:conversationId, :orgId, :personId, :channelType, :subject,
                                    :status, :externalThreadId, :metadata)
                            returning
                            """
                                + CONVERSATION_COLUMNS)
                        .bindMethods(conversation)
                        .map(CONVERSATION)
                        .one()));
  }

  @Override
  public Optional<Message> findMessage(UUID orgId, UUID messageId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + MESSAGE_COLUMNS
                        + " from messages where org_id = :orgId and message_id = :messageId"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("messageId", messageId)
                .map(MESSAGE)
                .findOne());
  }

  @Override
  public Page<Message> listMessages(UUID orgId, UUID conversationId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                MESSAGE_COLUMNS,
                "from messages where org_id = :orgId and conversation_id = :conversationId"
                    + " and deleted_at is null",
                "created_at, message_id",
                Map.of("orgId", orgId, "conversationId", conversationId),
                MESSAGE,
                page));
  }

  /** One statement: the insert and the conversation's move are atomic without a transaction. */
  @Override
  public Message append(Message message) {
    return SqlErrors.translate(
        "A message with that external_message_id already exists in this conversation.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            with appended as (
                              insert into messages (message_id, org_id, conversation_id,
                                                    direction, sender_type, sender_person_id,
                                                    sender_account_id, content,
                                                    external_message_id, metadata_jsonb)
                              values (:messageId, :orgId, :conversationId, :direction,
                                      :senderType, :senderPersonId,
                                      :senderAccountId, :content,
                                      :externalMessageId, :metadata)
                              returning *),
                            moved as (
                              update conversations c
                              set last_message_at = greatest(c.last_message_at, a.created_at)
                              from appended a
                              where c.org_id = a.org_id and c.conversation_id = a.conversation_id)
                            select
                            """
                                + MESSAGE_COLUMNS
                                + " from appended")
                        .bindMethods(message)
                        .map(MESSAGE)
                        .one()));
  }

  @Override
  public boolean delete(UUID orgId, UUID conversationId) {
    return SoftDelete.withChildren(
        jdbi, "conversations", "conversation_id", "messages", orgId, conversationId);
  }

  @Override
  public boolean deleteMessage(UUID orgId, UUID conversationId, UUID messageId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        update messages set deleted_at = now()
                        where org_id = :orgId and conversation_id = :conversationId
                          and message_id = :messageId and deleted_at is null
                        """)
                    .bind("orgId", orgId)
                    .bind("conversationId", conversationId)
                    .bind("messageId", messageId)
                    .execute())
        == 1;
  }
}
