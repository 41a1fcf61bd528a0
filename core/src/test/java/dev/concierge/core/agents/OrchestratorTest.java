package dev.concierge.core.agents;

import static dev.concierge.core.agents.ScriptedLlm.call;
import static dev.concierge.core.agents.ScriptedLlm.reply;
import static dev.concierge.core.agents.ScriptedLlm.text;
import static dev.concierge.core.agents.ScriptedLlm.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmRateLimitedException;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.ToolChoice;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.ConfigurationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrchestratorTest {
  private static final String ROUTER_MODEL = "claude-router";
  private static final AgentTask TASK =
      new AgentTask("Person: Sarah, today 2026-03-10", "What's coming up for Sarah this month?");

  private final TestClock clock = new TestClock(Instant.parse("2026-03-10T08:00:00Z"));
  private final ScriptedLlm llm = new ScriptedLlm();
  private final Orchestrator orchestrator =
      new Orchestrator(
          llm, new AgentRuntime(llm, clock), clock, ROUTER_MODEL, AgentPrompts.routing());
  private final List<AgentProfile> roster =
      DefaultRoster.profiles("claude-agents").stream()
          .map(p -> p.name() == AgentName.RECOMMENDATION ? p.withEnabled(false) : p)
          .toList();

  @Test
  void one_forced_route_to_agent_call_chooses_the_agent_that_then_answers() {
    llm.then(route("retrieval", "A question about upcoming dates."))
        .then(text("Sarah's recital is on Friday 20 March."));

    AgentRun run = orchestrator.run(roster, TASK, new FakeAgentTools());

    LlmRequest routing = llm.request(0);
    assertThat(routing.model()).isEqualTo(ROUTER_MODEL);
    assertThat(routing.toolChoice()).isEqualTo(ToolChoice.tool("route_to_agent"));
    assertThat(routing.tools()).extracting(ToolDefinition::name).containsExactly("route_to_agent");
    assertThat(routing.system().get(0).text())
        .startsWith(AgentPrompts.routing().strip())
        .contains("- retrieval: answers questions from the person's records");
    assertThat(routing.system().get(1).text()).isEqualTo(TASK.context());
    LlmRequest agent = llm.request(1);
    assertThat(agent.model()).isEqualTo("claude-agents");
    assertThat(agent.system().get(0).text()).isEqualTo(AgentPrompts.system(AgentName.RETRIEVAL));

    assertThat(run.agent()).isEqualTo(AgentName.RETRIEVAL);
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.reply()).isEqualTo("Sarah's recital is on Friday 20 March.");
    assertThat(run.steps().get(0))
        .isEqualTo(
            new RunStep.Routed(
                AgentName.RETRIEVAL,
                "A question about upcoming dates.",
                ScriptedLlm.MODEL,
                ScriptedLlm.USAGE,
                Duration.ZERO));
    assertThat(run.usage().total()).isEqualTo(2 * ScriptedLlm.USAGE.total());
  }

  @Test
  void routing_alone_asks_the_router_once_and_names_the_agent_without_running_it() {
    llm.then(route("retrieval", "A question about upcoming dates."));

    Orchestrator.Routing routing = orchestrator.route(roster, TASK);

    assertThat(routing)
        .isInstanceOfSatisfying(
            Orchestrator.Routing.Chosen.class,
            chosen -> {
              assertThat(chosen.agent().name()).isEqualTo(AgentName.RETRIEVAL);
              assertThat(chosen.step().reason()).isEqualTo("A question about upcoming dates.");
              assertThat(chosen.startedAt()).isEqualTo(clock.instant());
            });
    assertThat(llm.requests()).hasSize(1);
  }

  @Test
  void routing_that_fails_ends_as_a_run_without_an_agent() {
    llm.thenFails(new LlmRateLimitedException("slow down", Duration.ofSeconds(5)));

    Orchestrator.Routing routing = orchestrator.route(roster, TASK);

    assertThat(routing)
        .isInstanceOfSatisfying(
            Orchestrator.Routing.Unrouted.class,
            unrouted -> {
              assertThat(unrouted.run().agent()).isNull();
              assertThat(unrouted.run().status()).isEqualTo(RunStatus.FAILED);
              assertThat(unrouted.run().detail()).startsWith("routing failed: slow down");
            });
  }

  @Test
  void the_router_may_choose_only_among_the_enabled_agents() {
    llm.then(route("retrieval", "dates")).then(text("Nothing this month."));

    orchestrator.run(roster, TASK, new FakeAgentTools());

    Map<?, ?> properties =
        (Map<?, ?>) llm.request(0).tools().get(0).inputSchema().get("properties");
    assertThat(new ArrayList<Object>((List<?>) ((Map<?, ?>) properties.get("agent")).get("enum")))
        .containsExactly(
            "reminder_management", "reminder", "retrieval", "project_management", "data_capture");
    String system = llm.request(0).system().get(0).text();
    assertThat(system.substring(system.indexOf("The agents you can choose from:")))
        .contains("- retrieval:")
        .doesNotContain("recommendation");
  }

  @Test
  void a_route_to_a_disabled_or_unknown_agent_fails_the_run_as_a_malformed_reply() {
    llm.then(route("recommendation", "restaurants"));

    AgentRun run = orchestrator.run(roster, TASK, new FakeAgentTools());

    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.agent()).isNull();
    assertThat(run.failure())
        .isInstanceOf(LlmMalformedReplyException.class)
        .hasMessage("the router chose recommendation, which is not an enabled agent");
    assertThat(run.steps()).singleElement().isInstanceOf(RunStep.ModelCall.class);
    assertThat(llm.requests()).hasSize(1);
  }

  @Test
  void a_router_that_cannot_be_reached_fails_the_run_with_its_retry_after() {
    llm.thenFails(new LlmRateLimitedException("rate limited", Duration.ofSeconds(20)));

    AgentRun run = orchestrator.run(roster, TASK, new FakeAgentTools());

    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.failure().getMessage()).isEqualTo("rate limited");
    assertThat(((LlmRateLimitedException) run.failure()).retryAfter())
        .contains(Duration.ofSeconds(20));
    assertThat(run.steps()).isEmpty();
  }

  @Test
  void a_router_that_declines_the_message_ends_the_run_as_refused() {
    llm.then(reply(StopReason.REFUSAL));

    AgentRun run = orchestrator.run(roster, TASK, new FakeAgentTools());

    assertThat(run.status()).isEqualTo(RunStatus.REFUSED);
    assertThat(run.agent()).isNull();
  }

  @Test
  void without_an_enabled_agent_nothing_is_asked() {
    List<AgentProfile> none = roster.stream().map(p -> p.withEnabled(false)).toList();

    assertThatThrownBy(() -> orchestrator.run(none, TASK, new FakeAgentTools()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no agent is enabled");
    assertThat(llm.requests()).isEmpty();
  }

  private static dev.concierge.core.agents.llm.LlmReply route(String agent, String reason) {
    return toolCalls(
        call("toolu_route", "route_to_agent", Map.of("agent", agent, "reason", reason)));
  }
}
