package dev.concierge.core.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryConversationStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.RecordingAuditStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The conversation log's rules over in-memory stores. */
class ConversationLogTest {
  private static final PageRequest ALL = new PageRequest(0, 50);

  private final UUID org = UUID.randomUUID();
  private final Caller apiKey = Caller.apiKey(UUID.randomUUID(), org, "desk", ApiRole.CONCIERGE);
  private final Caller signedIn = Caller.account(UUID.randomUUID(), org, "Ana", ApiRole.CONCIERGE);
  private final TickingClock clock = TickingClock.fromNow();
  private final InMemoryConversationStore conversations = new InMemoryConversationStore(clock);
  private final InMemoryPersonStore persons = new InMemoryPersonStore(clock);
  private final List<AuditEntry> audited = new ArrayList<>();
  private final ConversationLog log =
      new ConversationLog(
          conversations,
          persons,
          new AuditTrail(new RecordingAuditStore(audited::add), Supplier::get));
  private final UUID client = person(org);

  @Test
  void a_conversation_logged_by_staff_is_active_unless_it_says_and_is_audited() {
    Conversation call =
        log.start(apiKey, new NewConversation(client, ChannelType.PHONE, "Trip", null, null, null));

    assertThat(call.status()).isEqualTo(ConversationStatus.ACTIVE);
    assertThat(log.get(apiKey, call.conversationId())).isEqualTo(call);
    assertThat(log.list(apiKey, client, ALL).items()).containsExactly(call);
    assertThat(audited)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.entityId()).isEqualTo(call.conversationId());
              assertThat(entry.fields()).containsExactly("person_id", "channel_type", "subject");
            });
  }

  @Test
  void every_problem_of_a_new_conversation_is_named_at_once_and_nothing_is_written() {
    UUID elsewhere = person(UUID.randomUUID());

    assertThatThrownBy(
            () ->
                log.start(
                    apiKey, new NewConversation(elsewhere, null, "x".repeat(501), null, " ", null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "channel_type", "subject", "external_thread_id", "person_id"));
    assertThat(conversations.conversationsOf(org, null)).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void what_comes_in_is_the_clients_and_the_rest_is_staffs_unless_the_message_says() {
    Conversation conversation = started();

    Message inbound =
        log.log(apiKey, conversation.conversationId(), message(MessageDirection.INBOUND, null));
    Message outbound =
        log.log(apiKey, conversation.conversationId(), message(MessageDirection.OUTBOUND, null));
    Message byAgent =
        log.log(
            apiKey,
            conversation.conversationId(),
            message(MessageDirection.OUTBOUND, SenderType.AGENT));

    assertThat(inbound.senderType()).isEqualTo(SenderType.CLIENT);
    assertThat(outbound.senderType()).isEqualTo(SenderType.STAFF);
    assertThat(byAgent.senderType()).isEqualTo(SenderType.AGENT);
    assertThat(log.messages(apiKey, conversation.conversationId(), ALL).items())
        .containsExactly(inbound, outbound, byAgent);
  }

  @Test
  void a_staff_member_signed_in_writes_as_their_account_and_a_key_as_nobody_in_particular() {
    Conversation conversation = started();

    Message bySignedIn =
        log.log(signedIn, conversation.conversationId(), message(MessageDirection.OUTBOUND, null));
    Message byKey =
        log.log(apiKey, conversation.conversationId(), message(MessageDirection.INTERNAL, null));
    Message clientsWords =
        log.log(signedIn, conversation.conversationId(), message(MessageDirection.INBOUND, null));

    assertThat(bySignedIn.senderAccountId()).isEqualTo(signedIn.actorId());
    assertThat(byKey.senderAccountId()).isNull();
    assertThat(clientsWords.senderAccountId()).isNull();
  }

  @Test
  void a_message_moves_the_conversations_last_message_time() {
    Conversation conversation = started();

    Message logged =
        log.log(apiKey, conversation.conversationId(), message(MessageDirection.INBOUND, null));

    assertThat(log.get(apiKey, conversation.conversationId()).lastMessageAt())
        .isEqualTo(logged.createdAt());
  }

  @Test
  void a_message_needs_content_a_direction_and_a_sender_of_the_organization() {
    Conversation conversation = started();
    UUID elsewhere = person(UUID.randomUUID());

    assertThatThrownBy(
            () ->
                log.log(
                    apiKey,
                    conversation.conversationId(),
                    new NewMessage(null, null, elsewhere, null, null, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("direction", "content", "sender_person_id"));
    assertThat(conversations.messagesOf(org, conversation.conversationId())).isEmpty();
  }

  @Test
  void another_organizations_conversation_is_not_found_nor_written_to() {
    Caller stranger = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);
    Conversation conversation = started();

    assertThatThrownBy(() -> log.get(stranger, conversation.conversationId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> log.messages(stranger, conversation.conversationId(), ALL))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                log.log(
                    stranger,
                    conversation.conversationId(),
                    message(MessageDirection.INBOUND, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(conversations.messagesOf(org, conversation.conversationId())).isEmpty();
  }

  @Test
  void an_analyst_reads_conversations_but_logs_nothing() {
    Caller analyst = Caller.apiKey(UUID.randomUUID(), org, "reports", ApiRole.ANALYST);
    Conversation conversation = started();

    assertThat(log.list(analyst, null, ALL).items()).containsExactly(conversation);
    assertThatThrownBy(
            () ->
                log.log(
                    analyst,
                    conversation.conversationId(),
                    message(MessageDirection.INTERNAL, null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                log.start(
                    analyst,
                    new NewConversation(client, ChannelType.EMAIL, null, null, null, null)))
        .isInstanceOf(ForbiddenException.class);
  }

  private Conversation started() {
    Conversation conversation =
        log.start(apiKey, new NewConversation(client, ChannelType.EMAIL, null, null, null, null));
    audited.clear();
    return conversation;
  }

  private static NewMessage message(MessageDirection direction, SenderType senderType) {
    return new NewMessage(direction, senderType, null, "Hello", null, null);
  }

  private UUID person(UUID orgId) {
    return TestClients.in(persons, orgId);
  }
}
