package dev.concierge.cli.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.RecurringDate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The eval set the repository ships reads, covers every agent and expects what can be. */
class ShippedEvalSetTest {
  private static final EvalSet SET = EvalSet.read(Path.of("../docs/evals/agents-eval.yaml"));

  @Test
  void it_has_at_least_sixty_messages_and_several_for_every_agent() {
    assertThat(SET.cases()).hasSizeGreaterThanOrEqualTo(60);
    for (AgentName agent : AgentName.values()) {
      assertThat(SET.cases().stream().filter(c -> c.agent() == agent))
          .as(agent.wireName())
          .hasSizeGreaterThanOrEqualTo(5);
    }
    assertThat(SET.cases().stream().map(EvalSet.Case::message).distinct())
        .hasSameSizeAs(SET.cases());
  }

  @Test
  void every_expectation_is_a_reminder_request_that_could_be_met_from_today() {
    List<EvalSet.Case> expecting = SET.cases().stream().filter(c -> c.expect() != null).toList();

    assertThat(expecting).hasSizeGreaterThanOrEqualTo(15);
    for (EvalSet.Case evalCase : expecting) {
      EvalSet.Expectation expected = evalCase.expect();
      assertThat(evalCase.agent()).as(evalCase.message()).isEqualTo(AgentName.REMINDER_MANAGEMENT);
      assertThat(expected.date()).as(evalCase.message()).isAfterOrEqualTo(SET.today());
      assertThat(
              RecurringDate.of(expected.date(), expected.rrule(), LeapDayPolicy.FEB_28)
                  .nextOnOrAfter(SET.today()))
          .as(evalCase.message())
          .contains(expected.date());
      assertThat(expected.leadDays()).allSatisfy(days -> assertThat(days).isBetween(0, 3660));
      if (expected.scheduledLocal() != null) {
        assertThat(expected.scheduledLocal().toLocalDate()).isEqualTo(expected.date());
      }
    }
  }

  @Test
  void the_context_of_every_case_is_written_with_the_clients_today_and_family() {
    for (EvalSet.Case evalCase : SET.cases()) {
      assertThat(EvalContext.text(SET, evalCase))
          .contains(
              "- today: Monday 2027-01-11 in that zone", "is the \"mother\" of \"Sarah Chen\"")
          .contains(
              evalCase.conversation().isEmpty()
                  ? "none yet: this is its first message"
                  : evalCase.conversation().get(0).text().substring(0, 20));
    }
  }
}
