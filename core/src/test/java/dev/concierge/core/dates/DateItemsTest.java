package dev.concierge.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.testing.InMemoryDates;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The date use cases' rules over in-memory stores; "now" is 2026-02-01T12:00Z. */
class DateItemsTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final InMemoryDates dates = new InMemoryDates(Instant.parse("2026-02-01T12:00:00Z"));
  private final DateItems dateItems = dates.dateItems;
  private final UUID sarah = dates.client("Sarah Chen", NEW_YORK);

  @Test
  void a_yearly_date_and_its_reminders_are_placed_in_the_persons_zone_at_the_send_time() {
    DateItemDetails created =
        dateItems.create(
            dates.admin,
            NewDateItem.yearly(
                sarah,
                "Mom's birthday",
                LocalDate.of(1985, 3, 15),
                NewReminder.daysBefore(14),
                NewReminder.daysBefore(1)));

    assertThat(created.item().nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(created.reminders())
        .extracting(ReminderRule::scheduledAt)
        .containsExactly(
            Instant.parse("2026-03-01T14:00:00Z"), Instant.parse("2026-03-14T13:00:00Z"));
    assertThat(created.reminders())
        .allSatisfy(
            rule -> {
              assertThat(rule.zone()).isEqualTo(NEW_YORK);
              assertThat(rule.occurrenceDate()).isEqualTo(LocalDate.of(2026, 3, 15));
              assertThat(rule.metadata().values())
                  .containsEntry("created_by", "api")
                  .containsEntry("manually_retried", false)
                  .containsEntry(ReminderRule.DELIVERY_STATUS, ReminderRule.WAITING_FOR_IDENTITY);
            });
    assertThat(dateItems.get(dates.admin, created.item().dateItemId())).isEqualTo(created);
    assertThat(dates.audited)
        .extracting(AuditEntry::action, AuditEntry::entityType)
        .containsExactlyInAnyOrder(
            tuple(AuditAction.CREATE, EntityType.DATE_ITEM),
            tuple(AuditAction.CREATE, EntityType.REMINDER),
            tuple(AuditAction.CREATE, EntityType.REMINDER));
  }

  @Test
  void a_reminder_goes_to_the_persons_identity_on_the_channel_asked_for() {
    dates.identity(sarah, ChannelType.SLACK, "U0SARAH");
    CommIdentity email = dates.identity(sarah, ChannelType.EMAIL, "sarah@example.com");

    ReminderRule rule =
        dateItems
            .create(dates.admin, yearly("Anniversary", leadTime(7, ChannelType.EMAIL)))
            .reminders()
            .get(0);

    assertThat(rule.commIdentityId()).isEqualTo(email.commIdentityId());
    assertThat(rule.channelType()).isEqualTo(ChannelType.EMAIL);
    assertThat(rule.metadata().values()).containsEntry(ReminderRule.DELIVERY_STATUS, "pending");
  }

  @Test
  void every_rejected_field_is_named_at_once_nested_reminders_included_and_nothing_is_stored() {
    NewDateItem input =
        new NewDateItem(
            sarah,
            UUID.randomUUID(),
            sarah,
            " ",
            LocalDate.of(2026, 3, 15),
            null,
            null,
            null,
            Metadata.EMPTY,
            List.of(
                new NewReminder(null, null, ReminderType.LEAD_TIME, null, null, null, null, null),
                new NewReminder(
                    null, null, ReminderType.LEAD_TIME, 3, null, null, UUID.randomUUID(), null)));

    assertThatThrownBy(() -> dateItems.create(dates.admin, input))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "title",
                        "category_id",
                        "related_person_id",
                        "reminder_rules[0].lead_time_days",
                        "reminder_rules[1].comm_identity_id"));
    assertThat(list(sarah)).isEmpty();
    assertThat(dates.audited).isEmpty();
  }

  @Test
  void a_person_of_no_organization_is_named_alone_and_a_missing_title_and_date_too() {
    NewDateItem unknownPerson =
        NewDateItem.yearly(
            UUID.randomUUID(),
            "Birthday",
            LocalDate.of(1990, 1, 1),
            new NewReminder(
                null, null, ReminderType.LEAD_TIME, 3, null, null, UUID.randomUUID(), null));
    NewDateItem empty = new NewDateItem(null, null, null, null, null, null, null, null, null, null);

    assertThat(fieldsRejected(unknownPerson)).containsExactly("person_id");
    assertThat(fieldsRejected(empty)).containsExactly("person_id", "title", "date_value");
  }

  @Test
  void a_recurrence_rule_the_engine_cannot_read_is_named_and_a_blank_one_is_none() {
    NewDateItem bad =
        new NewDateItem(
            sarah,
            null,
            null,
            "Gala",
            LocalDate.of(2026, 1, 1),
            "FREQ=SOMETIMES",
            null,
            null,
            null,
            null);
    NewDateItem blank =
        new NewDateItem(
            sarah, null, null, "Gala", LocalDate.of(2026, 6, 1), "  ", null, null, null, null);

    assertThat(fieldsRejected(bad)).containsExactly("recurrence_rule");
    DateItem oneOff = dateItems.create(dates.admin, blank).item();
    assertThat(oneOff.recurrenceRule()).isNull();
    assertThat(oneOff.nextOccurrence()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void a_change_is_partial_and_moves_the_next_occurrence_and_pending_reminders_at_once() {
    DateItemDetails created =
        dateItems.create(
            dates.admin,
            NewDateItem.yearly(
                sarah, "Anniversary", LocalDate.of(2010, 6, 12), NewReminder.daysBefore(7)));

    DateItemDetails moved =
        dateItems.update(
            dates.admin,
            created.item().dateItemId(),
            changes(FieldChange.unchanged(), FieldChange.to(LocalDate.of(2010, 1, 20))));

    assertThat(moved.item().title()).isEqualTo("Anniversary");
    assertThat(moved.item().nextOccurrence()).isEqualTo(LocalDate.of(2027, 1, 20));
    assertThat(moved.reminders().get(0).scheduledAt())
        .isEqualTo(Instant.parse("2027-01-13T14:00:00Z"));
    assertThat(dates.audited)
        .filteredOn(entry -> entry.action() == AuditAction.UPDATE)
        .singleElement()
        .satisfies(entry -> assertThat(entry.fields()).containsExactly("date_value"));
  }

  @Test
  void a_change_may_not_take_away_the_title_or_the_date() {
    UUID id = dateItems.create(dates.admin, yearly("Anniversary")).item().dateItemId();

    assertThatThrownBy(
            () ->
                dateItems.update(
                    dates.admin, id, changes(FieldChange.to(null), FieldChange.to(null))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("title", "date_value"));
  }

  @Test
  void deleting_a_date_takes_its_reminders_with_it_and_a_second_delete_finds_nothing() {
    DateItemDetails created = dateItems.create(dates.admin, yearly("Renewal", leadTime(30, null)));
    UUID rule = created.reminders().get(0).reminderRuleId();

    dateItems.delete(dates.admin, created.item().dateItemId());

    assertThatThrownBy(() -> dateItems.get(dates.admin, created.item().dateItemId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(dates.reminderStore.find(dates.org, rule)).isEmpty();
    assertThatThrownBy(() -> dateItems.delete(dates.admin, created.item().dateItemId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_persons_new_zone_moves_their_reminders_to_the_send_time_there() {
    UUID id =
        dateItems
            .create(dates.admin, yearly("Mom's birthday", NewReminder.daysBefore(14)))
            .item()
            .dateItemId();
    Person person = dates.persons.find(dates.org, sarah).orElseThrow();
    dates.persons.save(
        new Person(
            sarah,
            dates.org,
            person.fullName(),
            null,
            person.personType(),
            null,
            ZoneId.of("Asia/Tokyo"),
            null,
            null,
            null));

    dateItems.timezoneChanged(dates.org, sarah);

    assertThat(dateItems.get(dates.admin, id).reminders().get(0).scheduledAt())
        .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void upcoming_dates_start_at_the_persons_today_not_at_utcs() {
    // 03:00 UTC on February 1 is still January 31 in New York
    dates.clock.set(Instant.parse("2026-02-01T03:00:00Z"));
    dateItems.create(dates.admin, oneOff("Gala", LocalDate.of(2026, 1, 31)));
    dateItems.create(dates.admin, oneOff("Dinner", LocalDate.of(2026, 1, 30)));

    assertThat(
            dateItems
                .list(dates.admin, sarah, null, true, new PageRequest(0, 50))
                .map(details -> details.item().title())
                .items())
        .containsExactly("Gala");
    assertThat(list(sarah)).hasSize(2);
  }

  @Test
  void a_february_29_date_follows_its_leap_day_policy() {
    DateItem feb28 =
        dateItems.create(dates.admin, yearly("Leap", LocalDate.of(2000, 2, 29))).item();
    DateItem strict =
        dateItems
            .create(
                dates.admin,
                new NewDateItem(
                    sarah,
                    null,
                    null,
                    "Leap (strict)",
                    LocalDate.of(2000, 2, 29),
                    "FREQ=YEARLY",
                    LeapDayPolicy.STRICT,
                    null,
                    null,
                    null))
            .item();

    assertThat(feb28.nextOccurrence()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(strict.nextOccurrence()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void a_category_of_the_organization_is_accepted_and_an_analyst_may_read_but_not_write() {
    DateCategory birthdays =
        dates.categories.save(
            new DateCategory(
                UUID.randomUUID(), dates.org, "Birthday", null, null, null, null, null));
    UUID id =
        dateItems
            .create(
                dates.admin,
                new NewDateItem(
                    sarah,
                    birthdays.categoryId(),
                    null,
                    "Birthday",
                    LocalDate.of(1985, 3, 15),
                    "FREQ=YEARLY",
                    null,
                    null,
                    null,
                    null))
            .item()
            .dateItemId();

    assertThat(dateItems.get(dates.analyst, id).item().categoryId())
        .isEqualTo(birthdays.categoryId());
    assertThatThrownBy(() -> dateItems.create(dates.analyst, yearly("Nope")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> dateItems.delete(dates.analyst, id))
        .isInstanceOf(ForbiddenException.class);
  }

  private List<DateItemDetails> list(UUID personId) {
    return dateItems.list(dates.admin, personId, null, false, new PageRequest(0, 50)).items();
  }

  private List<String> fieldsRejected(NewDateItem input) {
    try {
      dateItems.create(dates.admin, input);
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("accepted " + input);
  }

  private NewDateItem yearly(String title, NewReminder... reminders) {
    return NewDateItem.yearly(sarah, title, LocalDate.of(1985, 3, 15), reminders);
  }

  private NewDateItem yearly(String title, LocalDate date) {
    return NewDateItem.yearly(sarah, title, date);
  }

  private NewDateItem oneOff(String title, LocalDate date) {
    return new NewDateItem(sarah, null, null, title, date, null, null, null, null, null);
  }

  private static NewReminder leadTime(int days, ChannelType channel) {
    return new NewReminder(
        null, null, ReminderType.LEAD_TIME, days, null, channel, null, Metadata.EMPTY);
  }

  private static DateItemChanges changes(
      FieldChange<String> title, FieldChange<LocalDate> dateValue) {
    return new DateItemChanges(
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        title,
        dateValue,
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }
}
