package dev.concierge.core.agents.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunLimit;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.StoreContract;
import dev.concierge.core.testing.TestRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentRunStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class AgentRunStoreContract extends StoreContract<AgentRunStore> {
  private static final Instant MORNING = Instant.parse("2026-03-01T09:00:00Z");

  /** A conversation of the person (a row, where the store needs one). */
  protected abstract UUID newConversation(UUID orgId, UUID personId);

  private Caller staff() {
    return Caller.apiKey(UUID.randomUUID(), org, "front desk", ApiRole.CONCIERGE);
  }

  @Test
  void a_run_is_kept_whole_with_every_step_in_order() {
    UUID conversation = newConversation(org, client);
    UUID created = UUID.randomUUID();
    UUID action = UUID.randomUUID();
    LoggedRun run =
        LoggedRun.of(
            staff(),
            new RunOrigin(RunSource.API, client, conversation, "Remind me of Mom's birthday"),
            TestRuns.withOneOfEachStep(MORNING, client, created, action));

    store.add(run);
    LoggedRun found = store.find(org, run.runId()).orElseThrow();

    assertThat(found).isEqualTo(run);
    assertThat(found.steps())
        .extracting(LoggedStep::kind)
        .containsExactly(
            StepKind.ROUTING,
            StepKind.MODEL_CALL,
            StepKind.TOOL_CALL,
            StepKind.TOOL_CALL,
            StepKind.TOOL_CALL,
            StepKind.MODEL_CALL);
    LoggedStep routing = found.steps().get(0);
    assertThat(routing.agent()).isEqualTo(AgentName.REMINDER_MANAGEMENT);
    assertThat(routing.reason()).isEqualTo("a date to remember");
    assertThat(found.steps().get(1).stopReason()).isEqualTo(StopReason.TOOL_USE);
    LoggedStep createdStep = found.steps().get(2);
    assertThat(createdStep.input())
        .containsEntry("title", "Mom's birthday")
        .containsEntry(
            "reminder_rules", List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 14)));
    assertThat(createdStep.outcome().entityId()).isEqualTo(created.toString());
    assertThat(createdStep.latency()).isEqualTo(Duration.ofMillis(42));
    assertThat(found.steps().get(3).outcome().errors())
        .containsExactly(new FieldError("timezone", "must be an IANA time zone"));
    assertThat(found.pendingActions())
        .singleElement()
        .satisfies(step -> assertThat(step.outcome().actionId()).isEqualTo(action.toString()));
    assertThat(found.tokens()).isEqualTo(new TokenUsage(1_630, 218, 4_900, 0));
    assertThat(found.latency()).isEqualTo(Duration.ofMillis(2_500));
    assertThat(found.toolCalls()).isEqualTo(3);
  }

  @Test
  void a_run_no_agent_took_about_no_one_is_kept_with_its_failure() {
    LoggedRun run =
        LoggedRun.of(
            staff(),
            new RunOrigin(RunSource.CLI, null, null, "Hello?"),
            TestRuns.ended(null, RunStatus.FAILED, MORNING));

    store.add(run);

    assertThat(store.find(org, run.runId())).contains(run);
    assertThat(run.agent()).isNull();
    assertThat(run.detail()).isEqualTo("it ended as failed");
  }

  @Test
  void runs_are_listed_newest_first_and_filtered_by_agent_person_status_and_start() {
    UUID other = newPerson(org);
    LoggedRun oldest = add(AgentName.RETRIEVAL, RunStatus.SUCCEEDED, client, MORNING);
    LoggedRun limited =
        add(AgentName.RETRIEVAL, RunStatus.LIMIT_REACHED, other, MORNING.plusSeconds(60));
    LoggedRun newest =
        add(AgentName.DATA_CAPTURE, RunStatus.SUCCEEDED, client, MORNING.plusSeconds(120));

    assertThat(runs(RunQuery.ALL)).containsExactly(newest, limited, oldest);
    assertThat(runs(new RunQuery(AgentName.RETRIEVAL, null, null, null)))
        .containsExactly(limited, oldest);
    assertThat(runs(new RunQuery(null, client, null, null))).containsExactly(newest, oldest);
    assertThat(runs(new RunQuery(null, null, RunStatus.LIMIT_REACHED, null)))
        .containsExactly(limited);
    assertThat(limited.limit()).isEqualTo(RunLimit.TOOL_ROUNDS);
    assertThat(runs(new RunQuery(null, null, null, MORNING.plusSeconds(60))))
        .containsExactly(newest, limited);
    assertThat(runs(new RunQuery(AgentName.RETRIEVAL, client, RunStatus.SUCCEEDED, MORNING)))
        .containsExactly(oldest);
    Page<LoggedRun> second = store.list(org, RunQuery.ALL, new PageRequest(1, 1));
    assertThat(second.items()).containsExactly(limited);
    assertThat(second.total()).isEqualTo(3);
  }

  @Test
  void another_organizations_runs_are_neither_found_nor_listed() {
    LoggedRun ours = add(AgentName.RECOMMENDATION, RunStatus.SUCCEEDED, client, MORNING);
    UUID other = newOrganization();

    assertThat(store.find(other, ours.runId())).isEmpty();
    assertThat(store.list(other, RunQuery.ALL, PageRequest.of(null, null)).items()).isEmpty();
    assertThat(store.find(org, UUID.randomUUID())).isEmpty();
  }

  private LoggedRun add(AgentName agent, RunStatus status, UUID person, Instant startedAt) {
    return store.add(
        LoggedRun.of(
            staff(),
            new RunOrigin(RunSource.API, person, null, "What is coming up?"),
            TestRuns.ended(agent, status, startedAt)));
  }

  private List<LoggedRun> runs(RunQuery query) {
    return store.list(org, query, PageRequest.of(null, null)).items();
  }
}
