package dev.concierge.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.reminders.ReminderAnswerOutcome.Result;
import dev.concierge.core.testing.InMemoryDates;
import dev.concierge.core.testing.TestReminders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's answer to a reminder they received, over in-memory stores. "Now" is Thursday
 * 2026-03-05 15:00 in New York, three days before clocks go forward there.
 */
class ReminderAnswersTest {
  private static final Instant NOW = Instant.parse("2026-03-05T20:00:00Z");
  private static final String DM = "D0SARAH:1772740800.000100";

  private final InMemoryDates dates = new InMemoryDates(NOW);
  private final Reminders reminders = dates.reminders;
  private final UUID sarah = dates.client("Sarah Chen", ZoneId.of("America/New_York"));
  private final Caller pressed = Caller.system(dates.org, "slack user U0SARAH");

  @Test
  void done_is_recorded_on_the_delivery_and_in_the_audit_log_and_the_cycle_stays_sent() {
    ReminderRule rule = delivered(NOW.minusSeconds(600));

    ReminderAnswerOutcome outcome =
        reminders.answer(pressed, rule.reminderRuleId(), DM, ReminderAnswer.DONE, "U0SARAH");

    assertThat(outcome.result()).isEqualTo(Result.DONE);
    assertThat(outcome.rule().status()).isEqualTo(ReminderStatus.SENT);
    assertThat(outcome.remindAgainAt()).isNull();
    assertThat(outcome.delivery().acknowledgedAt()).isEqualTo(NOW);
    assertThat(outcome.delivery().acknowledgement()).isEqualTo("done");
    assertThat(outcome.delivery().acknowledgedBy()).isEqualTo("U0SARAH");
    AuditEntry entry = dates.audited.get(dates.audited.size() - 1);
    assertThat(entry.action()).isEqualTo(AuditAction.ACKNOWLEDGE);
    assertThat(entry.entityId()).isEqualTo(rule.reminderRuleId());
    assertThat(entry.actorName()).isEqualTo("slack user U0SARAH");
    assertThat(entry.fields()).containsExactly("acknowledged_at");
  }

  @Test
  void a_snooze_of_a_day_makes_it_due_again_tomorrow_as_a_new_cycle() {
    ReminderRule rule = delivered(NOW.minusSeconds(600));

    ReminderAnswerOutcome outcome =
        reminders.answer(pressed, rule.reminderRuleId(), DM, ReminderAnswer.SNOOZE_1D, "U0SARAH");

    assertThat(outcome.result()).isEqualTo(Result.SNOOZED);
    assertThat(outcome.remindAgainAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    ReminderRule now = reminders.get(dates.admin, rule.reminderRuleId());
    assertThat(now.status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(now.scheduledAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(now.attemptCount()).isZero();
    assertThat(outcome.delivery().acknowledgement()).isEqualTo("snooze_1d");
    AuditEntry entry = dates.audited.get(dates.audited.size() - 1);
    assertThat(entry.action()).isEqualTo(AuditAction.SNOOZE);
    assertThat(entry.fields()).contains("scheduled_datetime", "acknowledged_at");
  }

  @Test
  void a_snooze_of_a_week_keeps_the_local_time_across_the_change_to_summer_time() {
    ReminderRule rule = delivered(NOW.minusSeconds(600));

    ReminderAnswerOutcome outcome =
        reminders.answer(pressed, rule.reminderRuleId(), DM, ReminderAnswer.SNOOZE_1W, "U0SARAH");

    // 15:00 EST on the 5th, 15:00 EDT on the 12th: an hour short of seven times 24 hours
    assertThat(outcome.remindAgainAt()).isEqualTo(Instant.parse("2026-03-12T19:00:00Z"));
  }

  @Test
  void a_second_press_changes_nothing_and_says_who_answered_first() {
    ReminderRule rule = delivered(NOW.minusSeconds(600));
    reminders.answer(pressed, rule.reminderRuleId(), DM, ReminderAnswer.DONE, "U0SARAH");
    int audited = dates.audited.size();

    ReminderAnswerOutcome again =
        reminders.answer(pressed, rule.reminderRuleId(), DM, ReminderAnswer.SNOOZE_1W, "U0TOM");

    assertThat(again.result()).isEqualTo(Result.ALREADY_ANSWERED);
    assertThat(again.result().changed()).isFalse();
    assertThat(again.delivery().acknowledgement()).isEqualTo("done");
    assertThat(again.delivery().acknowledgedBy()).isEqualTo("U0SARAH");
    assertThat(reminders.get(dates.admin, rule.reminderRuleId()).status())
        .isEqualTo(ReminderStatus.SENT);
    assertThat(dates.audited).hasSize(audited);
  }

  @Test
  void a_press_under_a_message_of_an_earlier_cycle_or_an_unknown_one_changes_nothing() {
    ReminderRule rule = delivered(NOW.minusSeconds(600));
    reminders.retry(dates.admin, rule.reminderRuleId());
    int audited = dates.audited.size();

    ReminderAnswerOutcome earlier =
        reminders.answer(pressed, rule.reminderRuleId(), DM, ReminderAnswer.DONE, "U0SARAH");
    ReminderAnswerOutcome unknown =
        reminders.answer(
            pressed, rule.reminderRuleId(), "D0SARAH:1.0", ReminderAnswer.DONE, "U0SARAH");

    assertThat(earlier.result()).isEqualTo(Result.NO_LONGER_CURRENT);
    assertThat(unknown.result()).isEqualTo(Result.NO_LONGER_CURRENT);
    assertThat(reminders.get(dates.admin, rule.reminderRuleId()).status())
        .isEqualTo(ReminderStatus.PENDING);
    assertThat(dates.audited).hasSize(audited);
  }

  @Test
  void another_organizations_reminder_is_not_found_and_unchanged() {
    ReminderRule rule = delivered(NOW.minusSeconds(600));
    Caller elsewhere = Caller.system(UUID.randomUUID(), "slack user U0SARAH");

    ReminderAnswerOutcome outcome =
        reminders.answer(elsewhere, rule.reminderRuleId(), DM, ReminderAnswer.SNOOZE_1D, "U0X");

    assertThat(outcome.result()).isEqualTo(Result.NOT_FOUND);
    assertThat(reminders.get(dates.admin, rule.reminderRuleId()).status())
        .isEqualTo(ReminderStatus.SENT);
  }

  /** A scheduled reminder of Sarah's due at {@code at}, delivered to her Slack DM then. */
  private ReminderRule delivered(Instant at) {
    ReminderRule rule =
        reminders.create(
            dates.admin,
            new NewReminder(sarah, null, ReminderType.SCHEDULED, null, at, null, null, null));
    dates.reminderStore.save(TestReminders.sent(rule));
    dates.reminderStore.addDelivery(
        dates.org,
        new ReminderDelivery(
            UUID.randomUUID(),
            rule.reminderRuleId(),
            at,
            1,
            "slack",
            null,
            "U0SARAH",
            "slack",
            "Mom's birthday is in a week",
            "template",
            "delivered",
            DM,
            null,
            null,
            at,
            at,
            null,
            null,
            null,
            null));
    return rule;
  }
}
