package dev.concierge.core.agents.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.actions.PendingAction;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryAgentRunStore;
import dev.concierge.core.testing.InMemoryPendingActionStore;
import dev.concierge.core.testing.TestRuns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The run log's rules, over stores in memory. */
class AgentRunsTest {
  private static final Instant MORNING = Instant.parse("2026-03-01T09:00:00Z");

  private final InMemoryPendingActionStore actions = new InMemoryPendingActionStore();
  private final AgentRuns runs = new AgentRuns(new InMemoryAgentRunStore(), actions, Supplier::get);
  private final UUID org = UUID.randomUUID();
  private final UUID sarah = UUID.randomUUID();
  private final Caller concierge =
      Caller.account(UUID.randomUUID(), org, "Ada at the desk", ApiRole.CONCIERGE);

  @Test
  void a_run_is_logged_for_its_caller_with_the_deletes_it_left_waiting_for_a_day() {
    UUID action = UUID.randomUUID();
    UUID conversation = UUID.randomUUID();

    LoggedRun logged =
        runs.record(
            concierge,
            new RunOrigin(RunSource.API, sarah, conversation, "Remind me of Mom's birthday"),
            TestRuns.withOneOfEachStep(MORNING, sarah, UUID.randomUUID(), action));

    assertThat(logged.orgId()).isEqualTo(org);
    assertThat(logged.caller())
        .isEqualTo(
            new Actor(
                ActorType.ACCOUNT,
                concierge.actorId().toString(),
                "Ada at the desk",
                ApiRole.CONCIERGE));
    assertThat(logged.origin().conversationId()).isEqualTo(conversation);
    assertThat(runs.get(concierge, logged.runId())).isEqualTo(logged);
    PendingAction waiting = actions.find(org, action).orElseThrow();
    assertThat(waiting.runId()).isEqualTo(logged.runId());
    assertThat(waiting.operationId()).isEqualTo("deleteDateItem");
    assertThat(waiting.personId()).isEqualTo(sarah);
    assertThat(waiting.createdBy()).isEqualTo(logged.caller());
    assertThat(waiting.createdAt()).isEqualTo(logged.finishedAt());
    assertThat(waiting.expiresAt()).isEqualTo(logged.finishedAt().plus(PendingAction.LIFETIME));
  }

  @Test
  void every_role_reads_the_runs_of_its_organization_and_only_those() {
    LoggedRun logged =
        runs.record(
            concierge,
            new RunOrigin(RunSource.SLACK, sarah, null, "What is coming up?"),
            TestRuns.ended(AgentName.RETRIEVAL, RunStatus.SUCCEEDED, MORNING));
    Caller analyst = Caller.apiKey(UUID.randomUUID(), org, "reports", ApiRole.ANALYST);
    Caller stranger = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);

    assertThat(runs.list(analyst, RunQuery.ALL, PageRequest.of(null, null)).items())
        .containsExactly(logged);
    assertThat(runs.get(analyst, logged.runId())).isEqualTo(logged);
    assertThat(runs.list(stranger, RunQuery.ALL, PageRequest.of(null, null)).items()).isEmpty();
    assertThatThrownBy(() -> runs.get(stranger, logged.runId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_run_that_left_nothing_waiting_keeps_no_action() {
    LoggedRun logged =
        runs.record(
            concierge,
            new RunOrigin(RunSource.WORKER, sarah, null, "Word the reminder"),
            TestRuns.ended(AgentName.REMINDER, RunStatus.FAILED, MORNING));

    assertThat(logged.pendingActions()).isEmpty();
    assertThat(logged.status()).isEqualTo(RunStatus.FAILED);
    assertThat(logged.detail()).isEqualTo("it ended as failed");
  }

  @Test
  void the_listener_hears_every_run_once_it_is_kept() {
    List<LoggedRun> heard = new ArrayList<>();
    AgentRuns told = new AgentRuns(new InMemoryAgentRunStore(), actions, Supplier::get, heard::add);

    LoggedRun failed =
        told.record(
            concierge,
            new RunOrigin(RunSource.API, sarah, null, "Plan the party"),
            TestRuns.ended(AgentName.PROJECT_MANAGEMENT, RunStatus.FAILED, MORNING));

    assertThat(heard).containsExactly(failed);
  }
}
