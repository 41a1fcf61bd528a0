package dev.concierge.core.agents.chat;

import static dev.concierge.core.agents.ScriptedLlm.call;
import static dev.concierge.core.agents.ScriptedLlm.text;
import static dev.concierge.core.agents.ScriptedLlm.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentToolbox;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.ContextBuilder;
import dev.concierge.core.agents.FakeAgentTools;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.ScriptedLlm;
import dev.concierge.core.agents.TestTools;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.roster.AgentRoster;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.agents.runs.RunQuery;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryAgentRosterStore;
import dev.concierge.core.testing.InMemoryAgentRunStore;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryPendingActionStore;
import dev.concierge.core.testing.InMemoryPersonContextStore;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat's steps over stores in memory, a scripted model and tools that record their calls. */
class AgentChatTest {
  private static final Instant NOW = Instant.parse("2027-01-20T15:00:00Z");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final UUID ORG = UUID.randomUUID();
  private static final Caller DESK =
      Caller.account(UUID.randomUUID(), ORG, "Ada at the desk", ApiRole.CONCIERGE);
  private static final String ASKED = "Remind me two weeks before Mom's birthday on March 15";
  private static final String ANSWERED =
      "Done: Mom's birthday on 15 March, with a reminder two weeks before.";
  private static final UUID CREATED = UUID.randomUUID();

  private final MovableClock clock = new MovableClock(NOW);
  private final InMemoryPersonContextStore store = new InMemoryPersonContextStore(clock);
  private final AuditTrail audit = new AuditTrail(new InMemoryAuditStore(clock), Supplier::get);
  private final ConversationLog conversations =
      new ConversationLog(store.conversations, store.persons, audit);
  private final InMemoryPendingActionStore actionStore = new InMemoryPendingActionStore();
  private final List<LoggedRun> heard = new CopyOnWriteArrayList<>();
  private final AgentRuns runs =
      new AgentRuns(new InMemoryAgentRunStore(), actionStore, Supplier::get, heard::add);
  private final ScriptedLlm llm = new ScriptedLlm();
  private final List<Confinement> toolsBoundTo = new ArrayList<>();
  private final FakeAgentTools tools =
      new FakeAgentTools()
          .add(
              TestTools.CREATE_DATE_ITEM,
              input -> new ToolOutcome.Succeeded("{\"date_item_id\":\"x\"}", CREATED.toString()))
          .addDestructive(TestTools.DELETE_DATE_ITEM);
  private final AgentToolbox toolbox =
      (caller, confinement) -> {
        toolsBoundTo.add(confinement);
        return tools;
      };
  private UUID sarah;

  @BeforeEach
  void anOrganizationWithAClient() {
    store.organizations.save(Organization.of(ORG, "Org", NEW_YORK, LocalTime.of(9, 0)));
    sarah = TestClients.in(store.persons, ORG, "Sarah Chen", NEW_YORK);
    // a model takes its time, so the answer is stored after the question
    llm.onEachCall(() -> clock.advance(Duration.ofSeconds(1)));
  }

  @Test
  void a_staff_message_is_routed_answered_with_the_callers_tools_and_kept_with_its_answer() {
    llm.then(routedTo("reminder_management"))
        .then(toolCalls(call("toolu_1", "createDateItem", birthdayOf(sarah))))
        .then(text(ANSWERED));

    ChatAnswer answer =
        chat().chat(DESK, Confinement.NONE, ChatRequest.api(sarah, ASKED, null), toolbox);

    assertThat(answer.agent()).isEqualTo(AgentName.REMINDER_MANAGEMENT);
    assertThat(answer.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(answer.reply()).isEqualTo(ANSWERED);
    assertThat(answer.actions())
        .containsExactly(new ChatAction("createDateItem", "succeeded", CREATED.toString(), null));
    assertThat(tools.calls())
        .extracting(FakeAgentTools.Call::tool)
        .containsExactly("createDateItem");
    assertThat(toolsBoundTo).containsExactly(Confinement.NONE);
    Conversation started = only(store.conversations.conversationsOf(ORG, sarah));
    assertThat(started.conversationId()).isEqualTo(answer.conversationId());
    assertThat(started.channelType()).isEqualTo(ChannelType.WEB);
    assertThat(started.subject()).isEqualTo(ASKED);
    List<Message> kept = store.conversations.messagesOf(ORG, started.conversationId());
    assertThat(kept)
        .extracting(Message::direction, Message::senderType, Message::content)
        .containsExactly(
            tuple(MessageDirection.INTERNAL, SenderType.STAFF, ASKED),
            tuple(MessageDirection.INTERNAL, SenderType.AGENT, ANSWERED));
    assertThat(kept.get(0).messageId()).isEqualTo(answer.messageId());
    assertThat(kept.get(1).messageId()).isEqualTo(answer.replyMessageId());
    assertThat(kept.get(1).metadata().values())
        .containsEntry("agent_run_id", answer.runId().toString())
        .containsEntry("agent", "reminder_management");
    LoggedRun logged = runs.get(DESK, answer.runId());
    assertThat(logged.origin())
        .isEqualTo(new RunOrigin(RunSource.API, sarah, started.conversationId(), ASKED));
    assertThat(logged.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(heard).containsExactly(logged);
  }

  @Test
  void the_router_and_the_agent_get_their_models_and_the_context_holds_the_stored_message() {
    llm.then(routedTo("reminder_management")).then(text(ANSWERED));

    ChatAnswer answer =
        chat().chat(DESK, Confinement.NONE, ChatRequest.api(sarah, ASKED, null), toolbox);

    assertThat(llm.request(0).model()).isEqualTo("claude-router");
    assertThat(llm.request(1).model()).isEqualTo("claude-agent");
    // the data-capture agent cites a message by its id: the context must already hold this one
    assertThat(llm.request(1).system())
        .extracting(SystemBlock::text)
        .anySatisfy(block -> assertThat(block).contains(answer.messageId().toString()));
  }

  @Test
  void
      without_a_model_the_message_is_kept_the_run_logged_failed_and_the_chat_says_how_to_turn_it_on() {
    AgentChat off =
        chat(AgentModels.off("The assistant is off: set ANTHROPIC_API_KEY to turn it on."));

    assertThatThrownBy(
            () -> off.chat(DESK, Confinement.NONE, ChatRequest.api(sarah, ASKED, null), toolbox))
        .isInstanceOfSatisfying(
            ChatFailedException.class,
            failed -> {
              assertThat(failed.getCause())
                  .isInstanceOf(AssistantOffException.class)
                  .hasMessageContaining("ANTHROPIC_API_KEY");
              Conversation kept = only(store.conversations.conversationsOf(ORG, sarah));
              assertThat(failed.conversationId()).isEqualTo(kept.conversationId());
              assertThat(store.conversations.messagesOf(ORG, kept.conversationId()))
                  .extracting(Message::content)
                  .containsExactly(ASKED);
              LoggedRun logged = runs.get(DESK, failed.runId());
              assertThat(logged.status()).isEqualTo(RunStatus.FAILED);
              assertThat(logged.agent()).isNull();
              assertThat(logged.detail()).contains("ANTHROPIC_API_KEY");
              assertThat(heard).containsExactly(logged);
            });
    assertThat(toolsBoundTo).isEmpty();
  }

  @Test
  void a_model_that_is_overloaded_fails_the_chat_after_the_message_is_kept_and_the_run_logged() {
    llm.thenFails(new LlmOverloadedException("Claude is overloaded", Duration.ofSeconds(30)));

    assertThatThrownBy(
            () -> chat().chat(DESK, Confinement.NONE, ChatRequest.api(sarah, ASKED, null), toolbox))
        .isInstanceOfSatisfying(
            ChatFailedException.class,
            failed -> {
              assertThat(failed.getCause()).isInstanceOf(LlmOverloadedException.class);
              assertThat(store.conversations.messagesOf(ORG, failed.conversationId()))
                  .extracting(Message::senderType)
                  .containsExactly(SenderType.STAFF);
              LoggedRun logged = runs.get(DESK, failed.runId());
              assertThat(logged.status()).isEqualTo(RunStatus.FAILED);
              assertThat(logged.detail()).contains("Claude is overloaded");
            });
  }

  @Test
  void a_person_of_another_organization_is_not_found_and_nothing_is_stored() {
    UUID elsewhere = UUID.randomUUID();
    store.organizations.save(Organization.of(elsewhere, "Other", NEW_YORK, LocalTime.of(9, 0)));
    UUID theirs = TestClients.in(store.persons, elsewhere, "Tom Baker", NEW_YORK);

    assertThatThrownBy(
            () ->
                chat().chat(DESK, Confinement.NONE, ChatRequest.api(theirs, ASKED, null), toolbox))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("person");

    assertThat(store.conversations.conversationsOf(elsewhere, theirs)).isEmpty();
    assertThat(runs.list(DESK, RunQuery.ALL, PageRequest.of(0, 10)).total()).isZero();
    assertThat(llm.requests()).isEmpty();
  }

  @Test
  void another_persons_conversation_is_not_found_and_nothing_is_stored() {
    UUID tom = TestClients.in(store.persons, ORG, "Tom Baker", NEW_YORK);
    Conversation toms = conversations.start(DESK, webConversationOf(tom));

    assertThatThrownBy(
            () ->
                chat()
                    .chat(
                        DESK,
                        Confinement.NONE,
                        ChatRequest.api(sarah, ASKED, toms.conversationId()),
                        toolbox))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("conversation");

    assertThat(store.conversations.messagesOf(ORG, toms.conversationId())).isEmpty();
    assertThat(store.conversations.conversationsOf(ORG, sarah)).isEmpty();
  }

  @Test
  void a_chat_continues_the_persons_conversation_it_is_given() {
    Conversation earlier = conversations.start(DESK, webConversationOf(sarah));
    llm.then(routedTo("reminder_management")).then(text(ANSWERED));

    ChatAnswer answer =
        chat()
            .chat(
                DESK,
                Confinement.NONE,
                ChatRequest.api(sarah, ASKED, earlier.conversationId()),
                toolbox);

    assertThat(answer.conversationId()).isEqualTo(earlier.conversationId());
    assertThat(store.conversations.conversationsOf(ORG, sarah)).hasSize(1);
    assertThat(store.conversations.messagesOf(ORG, earlier.conversationId())).hasSize(2);
  }

  @Test
  void an_analyst_may_not_chat_since_a_chat_writes_and_a_message_must_say_something() {
    Caller analyst = Caller.apiKey(UUID.randomUUID(), ORG, "reports", ApiRole.ANALYST);

    assertThatThrownBy(
            () ->
                chat()
                    .chat(analyst, Confinement.NONE, ChatRequest.api(sarah, ASKED, null), toolbox))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> chat().chat(DESK, Confinement.NONE, ChatRequest.api(sarah, "  ", null), toolbox))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("message"));
    assertThatThrownBy(
            () ->
                chat()
                    .chat(
                        DESK,
                        Confinement.NONE,
                        ChatRequest.api(sarah, "x".repeat(AgentChat.MAX_MESSAGE_LENGTH + 1), null),
                        toolbox))
        .isInstanceOf(ValidationException.class);
    assertThat(store.conversations.conversationsOf(ORG, sarah)).isEmpty();
  }

  @Test
  void a_client_facing_caller_writes_as_the_client_is_answered_outbound_and_reaches_no_one_else() {
    UUID tom = TestClients.in(store.persons, ORG, "Tom Baker", NEW_YORK);
    Caller frontDesk = new Caller(ActorType.AGENT, null, ORG, "assistant", ApiRole.CONCIERGE, null);
    Confinement sarahsFamily = Confinement.to(Set.of(sarah));
    llm.then(routedTo("reminder_management")).then(text(ANSWERED));

    ChatAnswer answer =
        chat().chat(frontDesk, sarahsFamily, ChatRequest.api(sarah, ASKED, null), toolbox);

    assertThat(store.conversations.messagesOf(ORG, answer.conversationId()))
        .extracting(Message::direction, Message::senderType, Message::senderPersonId)
        .containsExactly(
            tuple(MessageDirection.INBOUND, SenderType.CLIENT, sarah),
            tuple(MessageDirection.OUTBOUND, SenderType.AGENT, null));
    assertThat(toolsBoundTo).containsExactly(sarahsFamily);
    assertThatThrownBy(
            () -> chat().chat(frontDesk, sarahsFamily, ChatRequest.api(tom, ASKED, null), toolbox))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.conversations.conversationsOf(ORG, tom)).isEmpty();
  }

  @Test
  void a_delete_the_model_asks_for_is_an_action_waiting_for_a_person_with_its_id() {
    llm.then(routedTo("reminder_management"))
        .then(
            toolCalls(
                call("toolu_1", "deleteDateItem", Map.of("date_item_id", CREATED.toString()))))
        .then(text("I need you to confirm that delete."));

    ChatAnswer answer =
        chat().chat(DESK, Confinement.NONE, ChatRequest.api(sarah, ASKED, null), toolbox);

    ChatAction waiting = only(answer.actions());
    assertThat(waiting.operationId()).isEqualTo("deleteDateItem");
    assertThat(waiting.status()).isEqualTo("needs_confirmation");
    assertThat(waiting.entityId()).isNull();
    assertThat(actionStore.find(ORG, waiting.actionId()).orElseThrow().runId())
        .isEqualTo(answer.runId());
    assertThat(tools.calls()).isEmpty();
  }

  @Test
  void a_stored_message_is_answered_and_logged_without_storing_anything_more() {
    Conversation dm = conversations.start(DESK, webConversationOf(sarah));
    Message stored =
        conversations.log(
            DESK,
            dm.conversationId(),
            new NewMessage(
                MessageDirection.INBOUND, SenderType.CLIENT, sarah, ASKED, null, Metadata.EMPTY));
    Caller frontDesk = new Caller(ActorType.AGENT, null, ORG, "assistant", ApiRole.CONCIERGE, null);
    llm.then(routedTo("reminder_management")).then(text(ANSWERED));

    ChatAnswer answer =
        chat()
            .answerStored(
                frontDesk, Confinement.to(Set.of(sarah)), sarah, stored, RunSource.SLACK, toolbox);

    assertThat(answer.reply()).isEqualTo(ANSWERED);
    assertThat(answer.messageId()).isEqualTo(stored.messageId());
    assertThat(answer.replyMessageId()).isNull();
    assertThat(store.conversations.messagesOf(ORG, dm.conversationId())).containsExactly(stored);
    assertThat(runs.get(frontDesk, answer.runId()).origin().source()).isEqualTo(RunSource.SLACK);
  }

  private AgentChat chat() {
    return chat(AgentModels.on(llm, "claude-agent", "claude-router"));
  }

  private AgentChat chat(AgentModels models) {
    return new AgentChat(
        store.persons,
        conversations,
        new AgentRoster(new InMemoryAgentRosterStore(clock), audit),
        new ContextBuilder(store, clock),
        runs,
        models,
        clock);
  }

  private static NewConversation webConversationOf(UUID person) {
    return new NewConversation(person, ChannelType.WEB, "earlier", null, null, Metadata.EMPTY);
  }

  private static LlmReply routedTo(String agent) {
    return toolCalls(
        call("toolu_route", "route_to_agent", Map.of("agent", agent, "reason", "a date")));
  }

  private static Map<String, Object> birthdayOf(UUID person) {
    Map<String, Object> input = new LinkedHashMap<>(TestTools.momsBirthday());
    input.put("person_id", person.toString());
    input.remove("related_person_id");
    return input;
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
