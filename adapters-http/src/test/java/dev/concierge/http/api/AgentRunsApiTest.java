package dev.concierge.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.actions.PendingAction;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.testing.TestRuns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentRunsApiTest {
  private static final String RUNS = "/api/v1/agent-runs";
  private static final Instant MORNING = Instant.parse("2025-10-27T09:00:00Z");

  private ApiServer.Tenant tenant;
  private String sarah;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.person("Sarah Chen");
  }

  @Test
  void a_logged_run_is_listed_without_its_steps_and_read_with_every_one() {
    String conversation =
        tenant.create(
            "/api/v1/conversations", ApiServer.json("person_id", sarah, "channel_type", "web"));
    UUID created = UUID.randomUUID();
    UUID action = UUID.randomUUID();
    LoggedRun logged =
        ApiServer.logRun(
            tenant.conciergeKey(),
            new RunOrigin(
                RunSource.API,
                UUID.fromString(sarah),
                UUID.fromString(conversation),
                "Remind me two weeks before Mom's birthday"),
            TestRuns.withOneOfEachStep(MORNING, UUID.fromString(sarah), created, action));

    ApiServer.Response listed = tenant.asAnalyst("GET", RUNS, null);

    assertThat(listed.header("X-Total-Count")).isEqualTo("1");
    JsonNode run = listed.json().get(0);
    assertThat(run.get("run_id").asText()).isEqualTo(logged.runId().toString());
    assertThat(run.get("agent").asText()).isEqualTo("reminder_management");
    assertThat(run.get("status").asText()).isEqualTo("succeeded");
    assertThat(run.get("limit").isNull()).isTrue();
    assertThat(run.get("source").asText()).isEqualTo("api");
    assertThat(run.get("person_id").asText()).isEqualTo(sarah);
    assertThat(run.get("conversation_id").asText()).isEqualTo(conversation);
    assertThat(run.at("/caller/actor_name").asText()).isEqualTo("concierge");
    assertThat(run.at("/caller/actor_role").asText()).isEqualTo("concierge");
    assertThat(run.get("message").asText()).isEqualTo("Remind me two weeks before Mom's birthday");
    assertThat(run.get("reply").asText()).startsWith("I'll remind you");
    assertThat(run.get("model").asText()).isEqualTo("claude-sonnet-4-5");
    assertThat(run.at("/tokens/input").asLong()).isEqualTo(1_630);
    assertThat(run.at("/tokens/cache_read").asLong()).isEqualTo(4_900);
    assertThat(run.get("latency_ms").asLong()).isEqualTo(2_500);
    assertThat(run.get("tool_calls").asLong()).isEqualTo(3);
    assertThat(run.get("started_at").asText()).isEqualTo("2025-10-27T09:00:00Z");
    assertThat(run.has("steps")).isFalse();

    JsonNode detail = tenant.get(RUNS + "/" + logged.runId()).json();

    assertThat(kinds(detail.get("steps")))
        .containsExactly(
            "routing", "model_call", "tool_call", "tool_call", "tool_call", "model_call");
    JsonNode routing = detail.at("/steps/0");
    assertThat(routing.get("agent").asText()).isEqualTo("reminder_management");
    assertThat(routing.get("reason").asText()).isEqualTo("a date to remember");
    assertThat(routing.get("latency_ms").asLong()).isEqualTo(310);
    assertThat(detail.at("/steps/1/stop_reason").asText()).isEqualTo("tool_use");
    JsonNode createdStep = detail.at("/steps/2");
    assertThat(createdStep.get("tool").asText()).isEqualTo("createDateItem");
    assertThat(createdStep.at("/input/date_value").asText()).isEqualTo("1961-03-15");
    assertThat(createdStep.at("/input/reminder_rules/0/lead_time_days").asInt()).isEqualTo(14);
    assertThat(createdStep.at("/outcome/status").asText()).isEqualTo("succeeded");
    assertThat(createdStep.at("/outcome/entity_id").asText()).isEqualTo(created.toString());
    assertThat(createdStep.at("/tokens/output").asLong()).isZero();
    assertThat(detail.at("/steps/3/outcome/status").asText()).isEqualTo("refused");
    assertThat(detail.at("/steps/3/outcome/errors/0/field").asText()).isEqualTo("timezone");
    assertThat(detail.at("/steps/4/outcome/status").asText()).isEqualTo("needs_confirmation");
    assertThat(detail.at("/steps/4/outcome/action_id").asText()).isEqualTo(action.toString());
    ((ObjectNode) detail).remove("steps");
    assertThat(detail).isEqualTo(run);
  }

  @Test
  void runs_are_filtered_by_agent_person_status_and_start_and_paged() {
    String daniel = tenant.person("Daniel Chen");
    log(AgentName.RETRIEVAL, RunStatus.SUCCEEDED, sarah, MORNING);
    log(AgentName.RETRIEVAL, RunStatus.LIMIT_REACHED, daniel, MORNING.plusSeconds(60));
    log(AgentName.DATA_CAPTURE, RunStatus.FAILED, sarah, MORNING.plusSeconds(120));

    assertThat(messages(RUNS)).containsExactly("data_capture", "retrieval", "retrieval");
    assertThat(messages(RUNS + "?agent=retrieval&status=limit_reached"))
        .containsExactly("retrieval");
    assertThat(messages(RUNS + "?person_id=" + sarah)).containsExactly("data_capture", "retrieval");
    assertThat(messages(RUNS + "?status=failed")).containsExactly("data_capture");
    assertThat(messages(RUNS + "?since=2025-10-27T09:01:00Z"))
        .containsExactly("data_capture", "retrieval");
    ApiServer.Response page = tenant.get(RUNS + "?skip=1&limit=1");
    assertThat(page.header("X-Total-Count")).isEqualTo("3");
    assertThat(page.json().get(0).get("limit").asText()).isEqualTo("tool_rounds");
    assertThat(
            tenant
                .get(RUNS + "?agent=concierge&status=running&person_id=sarah&since=yesterday")
                .errorFields())
        .isNotEmpty()
        .isSubsetOf("agent", "status", "person_id", "since");
  }

  @Test
  void another_organizations_runs_are_not_found_and_not_listed() {
    LoggedRun ours = log(AgentName.RECOMMENDATION, RunStatus.SUCCEEDED, sarah, MORNING);
    ApiServer.Tenant other = ApiServer.newTenant();

    assertThat(other.get(RUNS + "/" + ours.runId()).status()).isEqualTo(404);
    assertThat(other.get(RUNS).json()).isEmpty();
    assertThat(tenant.get(RUNS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(tenant.get(RUNS + "/not-a-run").status()).isEqualTo(400);
  }

  @Test
  void the_delete_a_logged_run_asked_for_is_claimed_once_within_the_organization() {
    UUID action = UUID.randomUUID();
    ApiServer.logRun(
        tenant.conciergeKey(),
        new RunOrigin(RunSource.API, UUID.fromString(sarah), null, "Forget that date"),
        TestRuns.withOneOfEachStep(
            ApiServer.NOW.minusSeconds(60), UUID.fromString(sarah), UUID.randomUUID(), action));
    var actions = ApiServer.service().pendingActions();

    PendingAction claimed = actions.claim(ApiServer.caller(tenant.adminKey()), action);

    assertThat(claimed.operationId()).isEqualTo("deleteDateItem");
    assertThat(claimed.confirmedBy().name()).isEqualTo("admin");
    assertThatThrownBy(() -> actions.claim(ApiServer.caller(tenant.conciergeKey()), action))
        .isInstanceOf(ConflictException.class);
  }

  private LoggedRun log(AgentName agent, RunStatus status, String person, Instant startedAt) {
    return ApiServer.logRun(
        tenant.conciergeKey(),
        new RunOrigin(RunSource.SLACK, UUID.fromString(person), null, agent.wireName()),
        TestRuns.ended(agent, status, startedAt));
  }

  /** The messages of the runs listed, which the tests set to the agent's name. */
  private List<String> messages(String path) {
    List<String> messages = new ArrayList<>();
    tenant.get(path).json().forEach(run -> messages.add(run.get("message").asText()));
    return messages;
  }

  private static List<String> kinds(JsonNode steps) {
    List<String> kinds = new ArrayList<>();
    steps.forEach(step -> kinds.add(step.get("kind").asText()));
    return kinds;
  }
}
