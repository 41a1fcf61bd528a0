package dev.concierge.core.agents.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.AgentRunStore;
import dev.concierge.core.agents.runs.LoggedRun;
import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.agents.runs.StepOutcome;
import dev.concierge.core.testing.StoreContract;
import dev.concierge.core.testing.TestRuns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PendingActionStore} does, PostgreSQL's and the in-memory one alike: the fakes
 * the use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class PendingActionStoreContract extends StoreContract<PendingActionStore> {
  private static final Instant MORNING = Instant.parse("2026-03-01T09:00:00Z");

  private PendingAction waiting;
  private Actor confirming;

  /** The run log over the same storage: an action belongs to a logged run. */
  protected abstract AgentRunStore runs();

  @BeforeEach
  void aRunWithADeleteWaiting() {
    waiting = logRunWaitingFor(org, client);
    confirming =
        Actor.of(Caller.account(UUID.randomUUID(), org, "Ada at the desk", ApiRole.CONCIERGE));
  }

  @Test
  void the_actions_of_a_run_are_kept_waiting_until_they_expire() {
    PendingAction found = store.find(org, waiting.actionId()).orElseThrow();

    assertThat(found).isEqualTo(waiting);
    assertThat(found.operationId()).isEqualTo("deleteDateItem");
    assertThat(found.input()).containsOnlyKeys("date_item_id");
    assertThat(found.personId()).isEqualTo(client);
    assertThat(found.confirmed()).isFalse();
    assertThat(found.expiresAt()).isEqualTo(found.createdAt().plus(PendingAction.LIFETIME));
    assertThat(store.find(org, UUID.randomUUID())).isEmpty();
  }

  @Test
  void an_action_is_claimed_once_and_its_result_recorded_once() {
    Instant now = MORNING.plusSeconds(600);

    Optional<PendingAction> claimed = store.claim(org, waiting.actionId(), confirming, now);

    assertThat(claimed).isPresent();
    assertThat(claimed.get().confirmedAt()).isEqualTo(now);
    assertThat(claimed.get().confirmedBy()).isEqualTo(confirming);
    assertThat(store.claim(org, waiting.actionId(), confirming, now.plusSeconds(1))).isEmpty();
    assertThat(store.find(org, waiting.actionId())).isEqualTo(claimed);

    StepOutcome result = StepOutcome.of(new ToolOutcome.Succeeded("", null));
    assertThat(store.finish(org, waiting.actionId(), result))
        .hasValueSatisfying(action -> assertThat(action.result()).isEqualTo(result));
    assertThat(store.finish(org, waiting.actionId(), result)).isEmpty();
    assertThat(store.find(org, waiting.actionId()).orElseThrow().result()).isEqualTo(result);
  }

  @Test
  void an_action_that_was_not_claimed_has_no_result_to_record() {
    assertThat(store.finish(org, waiting.actionId(), StepOutcome.of(ToolOutcome.succeeded(""))))
        .isEmpty();
    assertThat(store.find(org, waiting.actionId())).contains(waiting);
  }

  @Test
  void an_action_is_claimed_until_the_moment_it_expires() {
    Instant expiry = waiting.expiresAt();

    assertThat(store.claim(org, waiting.actionId(), confirming, expiry)).isEmpty();
    assertThat(store.claim(org, waiting.actionId(), confirming, expiry.minusMillis(1))).isPresent();
  }

  @Test
  void of_claims_made_at_once_one_gets_the_action() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Optional<PendingAction>>> claims = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        claims.add(() -> store.claim(org, waiting.actionId(), confirming, MORNING.plusSeconds(5)));
      }
      int got = 0;
      for (Future<Optional<PendingAction>> claim :
          threads.invokeAll(claims, 30, TimeUnit.SECONDS)) {
        got += claim.get().isPresent() ? 1 : 0;
      }

      assertThat(got).isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void another_organizations_action_is_neither_found_claimed_nor_finished() {
    UUID other = newOrganization();

    assertThat(store.find(other, waiting.actionId())).isEmpty();
    assertThat(store.claim(other, waiting.actionId(), confirming, MORNING)).isEmpty();
    assertThat(store.finish(other, waiting.actionId(), StepOutcome.of(ToolOutcome.succeeded(""))))
        .isEmpty();
    assertThat(store.find(org, waiting.actionId())).contains(waiting);
  }

  /** Logs a run of the organization that left one delete waiting, and keeps the action. */
  private PendingAction logRunWaitingFor(UUID orgId, UUID personId) {
    Caller caller = Caller.apiKey(UUID.randomUUID(), orgId, "front desk", ApiRole.CONCIERGE);
    LoggedRun run =
        runs()
            .add(
                LoggedRun.of(
                    caller,
                    new RunOrigin(RunSource.API, personId, null, "Forget Mom's birthday"),
                    TestRuns.withOneOfEachStep(
                        MORNING, personId, UUID.randomUUID(), UUID.randomUUID())));
    PendingAction action = PendingAction.waiting(run, run.pendingActions().get(0));
    store.addAll(List.of(action));
    return action;
  }
}
