package dev.concierge.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryDates;
import dev.concierge.core.testing.TestReminders;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reminder use cases' rules over in-memory stores; "now" is 2026-02-01T12:00Z. */
class RemindersTest {
  private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

  private final InMemoryDates dates = new InMemoryDates(NOW);
  private final Reminders reminders = dates.reminders;
  private final UUID sarah = dates.client("Sarah Chen", ZoneId.of("America/New_York"));

  @Test
  void a_standalone_reminder_keeps_its_time_and_needs_a_person_of_the_organization() {
    ReminderRule created = reminders.create(dates.admin, scheduled(sarah, NOW.plusSeconds(3600)));

    assertThat(created.scheduledAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(created.dateItemId()).isNull();
    assertThat(created.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(fieldsRejected(scheduled(null, NOW))).containsExactly("person_id");
    assertThat(fieldsRejected(scheduled(UUID.randomUUID(), NOW))).containsExactly("person_id");
    assertThat(fieldsRejected(scheduled(sarah, null))).containsExactly("scheduled_datetime");
  }

  @Test
  void a_lead_time_reminder_is_the_date_items_persons_and_is_placed_at_once() {
    UUID birthday = birthday();

    ReminderRule created = reminders.create(dates.admin, leadTime(null, birthday, 30));

    assertThat(created.personId()).isEqualTo(sarah);
    assertThat(created.scheduledAt()).isEqualTo(Instant.parse("2026-02-13T14:00:00Z"));
    assertThat(created.occurrenceDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    UUID someoneElse = dates.client("Tom Chen", ZoneId.of("UTC"));
    assertThat(fieldsRejected(leadTime(someoneElse, birthday, 30))).containsExactly("person_id");
    assertThat(fieldsRejected(leadTime(null, UUID.randomUUID(), 30)))
        .containsExactly("date_item_id");
    assertThat(
            fieldsRejected(
                new NewReminder(
                    null, birthday, ReminderType.LEAD_TIME, 3, NOW, null, null, Metadata.EMPTY)))
        .containsExactly("scheduled_datetime");
  }

  @Test
  void a_lead_time_reminders_time_is_the_dates_and_changes_with_its_days_only() {
    ReminderRule rule = reminders.create(dates.admin, leadTime(null, birthday(), 30));

    ReminderRule moved = reminders.update(dates.admin, rule.reminderRuleId(), days(7));

    assertThat(moved.scheduledAt()).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
    assertThatThrownBy(
            () ->
                reminders.update(
                    dates.admin,
                    rule.reminderRuleId(),
                    new ReminderChanges(
                        FieldChange.unchanged(),
                        FieldChange.to(NOW),
                        FieldChange.unchanged(),
                        FieldChange.unchanged(),
                        FieldChange.unchanged())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("scheduled_datetime");
  }

  @Test
  void a_new_channel_rebinds_the_reminder_to_the_persons_identity_there_or_leaves_it_waiting() {
    CommIdentity slack = dates.identity(sarah, ChannelType.SLACK, "U0SARAH");
    ReminderRule rule = reminders.create(dates.admin, scheduled(sarah, NOW.plusSeconds(60)));

    ReminderRule onEmail =
        reminders.update(dates.admin, rule.reminderRuleId(), channel(ChannelType.EMAIL));
    ReminderRule onSlack =
        reminders.update(dates.admin, rule.reminderRuleId(), channel(ChannelType.SLACK));

    assertThat(rule.commIdentityId()).isEqualTo(slack.commIdentityId());
    assertThat(onEmail.commIdentityId()).isNull();
    assertThat(onEmail.channelType()).isEqualTo(ChannelType.EMAIL);
    assertThat(onEmail.deliveryStatus()).isEqualTo(ReminderRule.WAITING_FOR_IDENTITY);
    assertThat(onSlack.commIdentityId()).isEqualTo(slack.commIdentityId());
  }

  @Test
  void replacing_the_metadata_keeps_who_created_the_reminder_and_whether_it_was_retried() {
    ReminderRule rule = reminders.create(dates.admin, scheduled(sarah, NOW.plusSeconds(60)));

    ReminderRule changed =
        reminders.update(
            dates.admin,
            rule.reminderRuleId(),
            new ReminderChanges(
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.to(
                    Metadata.of(Map.of("action", "Call the florist", "created_by", "me")))));

    assertThat(changed.metadata().values())
        .containsEntry("action", "Call the florist")
        .containsEntry("created_by", "api")
        .containsEntry("manually_retried", false);
  }

  @Test
  void a_sent_reminder_cannot_be_changed_but_retried_again_now_and_a_pending_one_not_retried() {
    ReminderRule rule = reminders.create(dates.admin, scheduled(sarah, NOW.minusSeconds(3600)));
    assertThatThrownBy(() -> reminders.retry(dates.admin, rule.reminderRuleId()))
        .isInstanceOf(ConflictException.class);
    dates.reminderStore.save(TestReminders.sent(rule));
    dates.clock.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> reminders.update(dates.admin, rule.reminderRuleId(), days(3)))
        .isInstanceOf(ConflictException.class);
    ReminderRule retried = reminders.retry(dates.admin, rule.reminderRuleId());

    assertThat(retried.status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(retried.attemptCount()).isZero();
    assertThat(retried.scheduledAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(retried.metadata().values()).containsEntry("manually_retried", true);
    assertThat(dates.audited)
        .filteredOn(entry -> entry.action() == AuditAction.RETRY)
        .singleElement()
        .extracting(AuditEntry::fields)
        .isEqualTo(
            List.of(
                "scheduled_datetime", "sent_at", "failed_at", "attempt_count", "metadata_jsonb"));
  }

  @Test
  void a_failed_reminder_due_later_is_retried_at_its_own_time() {
    Instant later = NOW.plus(Duration.ofDays(2));
    ReminderRule rule = reminders.create(dates.admin, scheduled(sarah, later));
    dates.reminderStore.save(TestReminders.failed(rule));

    assertThat(reminders.retry(dates.admin, rule.reminderRuleId()).scheduledAt()).isEqualTo(later);
  }

  @Test
  void the_history_is_the_reminders_own_and_a_deleted_reminder_is_gone() {
    ReminderRule rule = reminders.create(dates.admin, scheduled(sarah, NOW));
    dates.reminderStore.addDelivery(
        dates.org,
        new ReminderDelivery(
            UUID.randomUUID(),
            rule.reminderRuleId(),
            NOW,
            1,
            "email",
            null,
            "sarah@example.com",
            "outbox",
            "Hi Sarah",
            "template",
            "delivered",
            "outbox:1",
            null,
            null,
            NOW,
            NOW,
            null,
            null,
            null,
            null));

    assertThat(
            reminders.history(dates.admin, rule.reminderRuleId(), new PageRequest(0, 10)).total())
        .isEqualTo(1);
    reminders.delete(dates.admin, rule.reminderRuleId());
    assertThatThrownBy(
            () -> reminders.history(dates.admin, rule.reminderRuleId(), new PageRequest(0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> reminders.delete(dates.admin, rule.reminderRuleId()))
        .isInstanceOf(NotFoundException.class);
  }

  private UUID birthday() {
    return dates
        .dateItems
        .create(dates.admin, NewDateItem.yearly(sarah, "Birthday", LocalDate.of(1985, 3, 15)))
        .item()
        .dateItemId();
  }

  private List<String> fieldsRejected(NewReminder input) {
    try {
      reminders.create(dates.admin, input);
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("accepted " + input);
  }

  private static NewReminder scheduled(UUID personId, Instant at) {
    return new NewReminder(personId, null, ReminderType.SCHEDULED, null, at, null, null, null);
  }

  private static NewReminder leadTime(UUID personId, UUID dateItemId, int days) {
    return new NewReminder(
        personId, dateItemId, ReminderType.LEAD_TIME, days, null, null, null, null);
  }

  private static ReminderChanges days(int days) {
    return new ReminderChanges(
        FieldChange.to(days),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }

  private static ReminderChanges channel(ChannelType channel) {
    return new ReminderChanges(
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.to(channel),
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }
}
