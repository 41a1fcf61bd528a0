package dev.concierge.core.agents.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.FakeAgentTools;
import dev.concierge.core.agents.TestTools;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.runs.Actor;
import dev.concierge.core.agents.runs.AgentRuns;
import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.testing.InMemoryAgentRunStore;
import dev.concierge.core.testing.InMemoryPendingActionStore;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.TestRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Confirming what a run left waiting, over stores in memory. */
class PendingActionsTest {
  private static final Instant MORNING = Instant.parse("2026-03-01T09:00:00Z");

  private final InMemoryPendingActionStore store = new InMemoryPendingActionStore();
  private final MovableClock clock = new MovableClock(MORNING);
  private final PendingActions actions = new PendingActions(store, clock);
  private final UUID org = UUID.randomUUID();
  private final Caller concierge =
      Caller.account(UUID.randomUUID(), org, "Ada at the desk", ApiRole.CONCIERGE);
  private final UUID action = UUID.randomUUID();

  @BeforeEach
  void aRunLeftADeleteWaiting() {
    new AgentRuns(new InMemoryAgentRunStore(), store, Supplier::get)
        .record(
            Caller.apiKey(UUID.randomUUID(), org, "web chat", ApiRole.CONCIERGE),
            new RunOrigin(RunSource.API, UUID.randomUUID(), null, "Forget that date"),
            TestRuns.withOneOfEachStep(MORNING, UUID.randomUUID(), UUID.randomUUID(), action));
    clock.advance(Duration.ofMinutes(5));
  }

  @Test
  void a_writer_of_the_organization_claims_a_waiting_action_once() {
    Caller admin = Caller.apiKey(UUID.randomUUID(), org, "admin", ApiRole.ADMIN);

    PendingAction claimed = actions.claim(concierge, action);

    assertThat(claimed.operationId()).isEqualTo("deleteDateItem");
    assertThat(claimed.confirmedBy()).isEqualTo(Actor.of(concierge));
    assertThat(claimed.confirmedAt()).isEqualTo(clock.instant());
    assertThatThrownBy(() -> actions.claim(admin, action))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("confirmed already");
    assertThat(actions.get(admin, action)).isEqualTo(claimed);
  }

  @Test
  void an_expired_action_is_a_conflict_and_an_unknown_one_is_not_found() {
    clock.set(MORNING.plusMillis(2_500).plus(PendingAction.LIFETIME));

    assertThatThrownBy(() -> actions.claim(concierge, action))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired");
    assertThatThrownBy(() -> actions.claim(concierge, UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
    Caller stranger = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);
    assertThatThrownBy(() -> actions.claim(stranger, action)).isInstanceOf(NotFoundException.class);
    assertThat(actions.get(concierge, action).confirmed()).isFalse();
  }

  @Test
  void an_analyst_cannot_confirm_what_it_could_not_do() {
    Caller analyst = Caller.apiKey(UUID.randomUUID(), org, "reports", ApiRole.ANALYST);

    assertThatThrownBy(() -> actions.claim(analyst, action)).isInstanceOf(ForbiddenException.class);
    assertThat(actions.get(analyst, action).confirmed()).isFalse();
  }

  @Test
  void how_the_confirmed_operation_went_is_recorded_once() {
    actions.claim(concierge, action);
    ToolOutcome refused =
        ToolOutcome.refused(
            "Only the admin role may do this.", List.of(new FieldError("date_item_id", "gone")));

    PendingAction finished = actions.finish(concierge, action, refused);

    assertThat(finished.result().status()).isEqualTo("refused");
    assertThat(finished.result().detail()).isEqualTo("Only the admin role may do this.");
    assertThatThrownBy(() -> actions.finish(concierge, action, ToolOutcome.succeeded("")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void confirming_runs_the_operation_once_as_the_confirming_caller_and_records_how_it_went() {
    FakeAgentTools tools = new FakeAgentTools().addDestructive(TestTools.DELETE_DATE_ITEM);

    ConfirmedAction confirmed = actions.confirm(concierge, action, tools);

    assertThat(tools.confirmed())
        .extracting(FakeAgentTools.Call::tool)
        .containsExactly("deleteDateItem");
    assertThat(confirmed.outcome().status()).isEqualTo("succeeded");
    assertThat(confirmed.action().confirmedBy()).isEqualTo(Actor.of(concierge));
    assertThat(confirmed.action().result().status()).isEqualTo("succeeded");
    assertThatThrownBy(() -> actions.confirm(concierge, action, tools))
        .isInstanceOf(ConflictException.class);
    assertThat(tools.confirmed()).hasSize(1);
  }

  @Test
  void a_caller_whose_tools_lack_the_operation_is_refused_before_the_claim_and_it_still_waits() {
    FakeAgentTools withoutDeletes = new FakeAgentTools();

    assertThatThrownBy(() -> actions.confirm(concierge, action, withoutDeletes))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("deleteDateItem");
    assertThat(actions.get(concierge, action).confirmed()).isFalse();
  }
}
