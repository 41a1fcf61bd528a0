package dev.concierge.persistence;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStatus;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Conversations and their messages in PostgreSQL. Thread-safe. */
public final class JdbiConversationRepository implements ConversationStore {
  private static final String CONVERSATION_COLUMNS =
      """
      conversation_id, org_id, person_id, channel_type, subject, status, external_thread_id,
      last_message_at, metadata_jsonb, created_at, updated_at
      """;
  private static final String MESSAGE_COLUMNS =
      """
      message_id, org_id, conversation_id, direction, sender_type, sender_person_id,
      sender_account_id, content, external_message_id, metadata_jsonb, created_at, updated_at
      """;

  private final Jdbi jdbi;

  public JdbiConversationRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Conversation> loadConversation(UUID orgId, UUID conversationId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + CONVERSATION_COLUMNS
                        + " from conversations where org_id = :orgId and conversation_id = :id")
                .bind("orgId", orgId)
                .bind("id", conversationId)
                .map((rs, ctx) -> conversation(rs))
                .findOne());
  }

  @Override
  public Page<Conversation> listConversations(UUID orgId, UUID personId, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    String where = "from conversations where org_id = :orgId";
    if (personId != null) {
      where += " and person_id = :personId";
      binds.put("personId", personId);
    }
    String fromWhere = where;
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                CONVERSATION_COLUMNS,
                fromWhere,
                "created_at desc, conversation_id",
                binds,
                (rs, ctx) -> conversation(rs),
                page));
  }

  @Override
  public Conversation saveConversation(Conversation c) {
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
                            values (:id, :orgId, :personId, :channel, :subject, :status,
                                    :thread, cast(:metadata as jsonb))
                            returning
                            """
                                + CONVERSATION_COLUMNS)
                        .bind("id", c.conversationId())
                        .bind("orgId", c.orgId())
                        .bind("personId", c.personId())
                        .bind("channel", c.channelType().wireName())
                        .bind("subject", c.subject())
                        .bind("status", c.status().wireName())
                        .bind("thread", c.externalThreadId())
                        .bind("metadata", JsonColumns.write(c.metadata()))
                        .map((rs, ctx) -> conversation(rs))
                        .one()));
  }

  @Override
  public Page<Message> listMessages(UUID orgId, UUID conversationId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                MESSAGE_COLUMNS,
                "from messages where org_id = :orgId and conversation_id = :conversationId",
                "created_at, message_id",
                Map.of("orgId", orgId, "conversationId", conversationId),
                (rs, ctx) -> message(rs),
                page));
  }

  @Override
  public Message appendMessage(Message m) {
    return SqlErrors.translate(
        "A message with that external_message_id already exists in this conversation.",
        () ->
            jdbi.inTransaction(
                handle -> {
                  Message saved =
                      handle
                          .createQuery(
                              """
                              insert into messages (message_id, org_id, conversation_id, direction,
                                                    sender_type, sender_person_id,
                                                    sender_account_id, content,
                                                    external_message_id, metadata_jsonb)
                              values (:id, :orgId, :conversationId, :direction, :senderType,
                                      cast(:senderPersonId as uuid),
                                      cast(:senderAccountId as uuid), :content, :externalId,
                                      cast(:metadata as jsonb))
                              returning
                              """
                                  + MESSAGE_COLUMNS)
                          .bind("id", m.messageId())
                          .bind("orgId", m.orgId())
                          .bind("conversationId", m.conversationId())
                          .bind("direction", m.direction().wireName())
                          .bind("senderType", m.senderType().wireName())
                          .bind("senderPersonId", m.senderPersonId())
                          .bind("senderAccountId", m.senderAccountId())
                          .bind("content", m.content())
                          .bind("externalId", m.externalMessageId())
                          .bind("metadata", JsonColumns.write(m.metadata()))
                          .map((rs, ctx) -> message(rs))
                          .one();
                  handle
                      .createUpdate(
                          """
                          update conversations
                          set last_message_at = greatest(last_message_at, cast(:at as timestamptz))
                          where org_id = :orgId and conversation_id = :conversationId
                          """)
                      .bind(
                          "at",
                          java.time.OffsetDateTime.ofInstant(
                              saved.createdAt(), java.time.ZoneOffset.UTC))
                      .bind("orgId", m.orgId())
                      .bind("conversationId", m.conversationId())
                      .execute();
                  return saved;
                }));
  }

  private static Conversation conversation(ResultSet rs) throws SQLException {
    return new Conversation(
        Columns.uuid(rs, "conversation_id"),
        Columns.uuid(rs, "org_id"),
        Columns.uuid(rs, "person_id"),
        ChannelType.fromWireName(rs.getString("channel_type")).orElseThrow(),
        rs.getString("subject"),
        ConversationStatus.fromWireName(rs.getString("status")).orElseThrow(),
        rs.getString("external_thread_id"),
        Columns.instant(rs, "last_message_at"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }

  private static Message message(ResultSet rs) throws SQLException {
    return new Message(
        Columns.uuid(rs, "message_id"),
        Columns.uuid(rs, "org_id"),
        Columns.uuid(rs, "conversation_id"),
        MessageDirection.fromWireName(rs.getString("direction")).orElseThrow(),
        SenderType.fromWireName(rs.getString("sender_type")).orElseThrow(),
        Columns.uuid(rs, "sender_person_id"),
        Columns.uuid(rs, "sender_account_id"),
        rs.getString("content"),
        rs.getString("external_message_id"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
