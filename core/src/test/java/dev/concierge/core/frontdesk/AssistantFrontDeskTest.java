package dev.concierge.core.frontdesk;

import static dev.concierge.core.agents.ScriptedLlm.call;
import static dev.concierge.core.agents.ScriptedLlm.text;
import static dev.concierge.core.agents.ScriptedLlm.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.ContextBuilder;
import dev.concierge.core.agents.FakeAgentTools;
import dev.concierge.core.agents.LateToolbox;
import dev.concierge.core.agents.ScriptedLlm;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.chat.AgentModels;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.roster.AgentRoster;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.ports.OrganizationScopes;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.testing.InMemoryAgentRosterStore;
import dev.concierge.core.testing.InMemoryAgentRunStore;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryPendingActionStore;
import dev.concierge.core.testing.InMemoryPersonContextStore;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.TestClients;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The assistant at the front desk over stores in memory and a scripted model. */
class AssistantFrontDeskTest {
  private static final Instant NOW = Instant.parse("2027-01-20T15:00:00Z");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final UUID ORG = UUID.randomUUID();

  private final MovableClock clock = new MovableClock(NOW);
  private final InMemoryPersonContextStore store = new InMemoryPersonContextStore(clock);
  private final AuditTrail audit = new AuditTrail(new InMemoryAuditStore(clock), Supplier::get);
  private final ConversationLog conversations =
      new ConversationLog(store.conversations, store.persons, audit);
  private final List<LoggedRun> logged = new CopyOnWriteArrayList<>();
  private final AgentRuns runs =
      new AgentRuns(
          new InMemoryAgentRunStore(),
          new InMemoryPendingActionStore(),
          Supplier::get,
          logged::add);
  private final ScriptedLlm llm = new ScriptedLlm();
  private final List<Confinement> confinements = new CopyOnWriteArrayList<>();
  private final List<UUID> scopes = new CopyOnWriteArrayList<>();
  private final OrganizationScopes scoping =
      orgId -> {
        scopes.add(orgId);
        return () -> {};
      };
  private final LateToolbox toolbox = new LateToolbox();
  private final UUID sarah;
  private final UUID mom;
  private final UUID assistantOfSarah;
  private final UUID tom;

  AssistantFrontDeskTest() {
    store.organizations.save(Organization.of(ORG, "Org", NEW_YORK, LocalTime.of(9, 0)));
    sarah = TestClients.in(store.persons, ORG, "Sarah Chen", NEW_YORK);
    mom = TestClients.in(store.persons, ORG, "Grace Chen", NEW_YORK);
    assistantOfSarah = TestClients.in(store.persons, ORG, "Pat Lee", NEW_YORK);
    tom = TestClients.in(store.persons, ORG, "Tom Baker", NEW_YORK);
    store.relationships.add(Relationship.of(ORG, sarah, mom, "mother"));
    store.relationships.add(Relationship.of(ORG, assistantOfSarah, sarah, "employer"));
  }

  @Test
  void
      the_assistant_answers_as_itself_confined_to_the_client_and_their_family_and_logs_a_slack_run() {
    bindTools();
    llm.then(routedTo("retrieval")).then(text("Your table is booked for 8pm."));

    FrontDeskReply reply = desk(on()).answer(messageFrom(sarah, "Is my table booked?"));

    assertThat(reply.text()).isEqualTo("Your table is booked for 8pm.");
    assertThat(reply.author()).isEqualTo(SenderType.AGENT);
    assertThat(confinements).containsExactly(Confinement.to(List.of(sarah, mom, assistantOfSarah)));
    assertThat(confinements.get(0).allows(tom)).isFalse();
    assertThat(scopes).containsExactly(ORG);
    LoggedRun run = only(logged);
    assertThat(run.origin().source()).isEqualTo(RunSource.SLACK);
    assertThat(run.origin().personId()).isEqualTo(sarah);
    assertThat(run.caller().type()).isEqualTo(ActorType.AGENT);
    assertThat(run.caller().name()).isEqualTo("assistant");
    assertThat(run.caller().role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(reply.metadata().values())
        .containsEntry("agent_run_id", run.runId().toString())
        .containsEntry("agent", "retrieval");
  }

  @Test
  void until_the_tools_are_bound_staff_will_answer_and_the_model_is_not_asked() {
    ClientMessage hello = messageFrom(sarah, "Hello?");

    FrontDeskReply reply = desk(on()).answer(hello);

    assertThat(reply).isEqualTo(new StaffWillAnswer().answer(hello));
    assertThat(llm.requests()).isEmpty();
    assertThat(logged).isEmpty();
  }

  @Test
  void with_the_assistant_off_staff_will_answer_and_no_run_is_logged() {
    bindTools();

    FrontDeskReply reply = desk(AgentModels.off("off")).answer(messageFrom(sarah, "Hello?"));

    assertThat(reply.author()).isEqualTo(SenderType.SYSTEM);
    assertThat(reply.text()).contains("concierge team");
    assertThat(logged).isEmpty();
  }

  @Test
  void when_the_model_fails_staff_will_answer_and_the_failed_run_is_logged() {
    bindTools();
    llm.thenFails(new LlmOverloadedException("Claude answered HTTP 529", null));

    FrontDeskReply reply = desk(on()).answer(messageFrom(sarah, "Hello?"));

    assertThat(reply.author()).isEqualTo(SenderType.SYSTEM);
    assertThat(reply.text()).contains("concierge team");
    assertThat(only(logged).origin().source()).isEqualTo(RunSource.SLACK);
  }

  private void bindTools() {
    FakeAgentTools tools = new FakeAgentTools();
    toolbox.bind(
        (caller, confinement) -> {
          confinements.add(confinement);
          return tools;
        });
  }

  private AgentModels on() {
    return AgentModels.on(llm, "claude-agent", "claude-router");
  }

  private AssistantFrontDesk desk(AgentModels models) {
    AgentChat chat =
        new AgentChat(
            store.persons,
            conversations,
            new AgentRoster(new InMemoryAgentRosterStore(clock), audit),
            new ContextBuilder(store, clock),
            runs,
            models,
            clock);
    return new AssistantFrontDesk(chat, store.relationships, scoping, toolbox);
  }

  private ClientMessage messageFrom(UUID client, String text) {
    Caller staff = Caller.system(ORG, "test");
    Conversation dm =
        conversations.start(
            staff,
            new NewConversation(client, ChannelType.SLACK, "Slack", null, "D0" + client, null));
    Message stored =
        conversations.log(
            staff,
            dm.conversationId(),
            new NewMessage(
                MessageDirection.INBOUND, SenderType.CLIENT, client, text, null, Metadata.EMPTY));
    return new ClientMessage(
        ORG, store.persons.find(ORG, client).orElseThrow(), dm.conversationId(), stored);
  }

  private static dev.concierge.core.agents.llm.LlmReply routedTo(String agent) {
    return toolCalls(
        call("toolu_route", "route_to_agent", Map.of("agent", agent, "reason", "a question")));
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
