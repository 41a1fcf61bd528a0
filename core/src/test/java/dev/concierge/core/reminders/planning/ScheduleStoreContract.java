package dev.concierge.core.reminders.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.testing.TestReminders;
import dev.concierge.core.testing.UuidOrder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScheduleStore} does, PostgreSQL's and the in-memory one alike, over the date
 * items and reminders of the same storage. What only concurrency can show (stale rows, live claims,
 * roll-over on several instances) is PostgreSQL's own test.
 */
public abstract class ScheduleStoreContract {
  private static final Instant FEBRUARY = Instant.parse("2026-02-01T12:00:00Z");
  private static final Instant AFTER_BIRTHDAY = Instant.parse("2026-03-16T15:00:00Z");

  private DateItemStore dateItems;
  private ReminderStore reminders;
  private ScheduleStore schedules;
  private UUID org;
  private UUID sarah;

  protected abstract DateItemStore dateItems();

  protected abstract ReminderStore reminders();

  /** A schedule store over the storage of {@link #dateItems()} and {@link #reminders()}. */
  protected abstract ScheduleStore schedules();

  /** An organization whose lead-time reminders go at {@code sendTime}. */
  protected abstract UUID newOrganization(LocalTime sendTime);

  /** A person of the organization in {@code zone}. */
  protected abstract UUID newPerson(UUID orgId, ZoneId zone);

  @BeforeEach
  void setUp() {
    dateItems = dateItems();
    reminders = reminders();
    schedules = schedules();
    org = newOrganization(LocalTime.of(9, 0));
    sarah = newPerson(org, ZoneId.of("America/New_York"));
  }

  @Test
  void recomputing_places_the_next_occurrence_and_each_reminder_in_the_persons_zone_once() {
    UUID birthday = date("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTime(birthday, 14);

    ScheduleBatch first = schedules.recompute(org, List.of(birthday), planner(FEBRUARY));
    ScheduleBatch second = schedules.recompute(org, List.of(birthday), planner(FEBRUARY));

    assertThat(first.examined()).isEqualTo(1);
    assertThat(first.itemsChanged()).isEqualTo(1);
    assertThat(first.remindersChanged()).isEqualTo(1);
    assertThat(nextOccurrence(birthday)).isEqualTo(LocalDate.of(2026, 3, 15));
    ReminderRule placed = rule(rule);
    assertThat(placed.scheduledAt()).isEqualTo(Instant.parse("2026-03-01T14:00:00Z"));
    assertThat(placed.occurrenceDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(second.itemsChanged()).isZero();
    assertThat(second.remindersChanged()).isZero();
  }

  @Test
  void rolling_over_a_passed_date_advances_it_and_rearms_its_sent_reminder() {
    UUID birthday = date("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTime(birthday, 14);
    schedules.recompute(org, List.of(birthday), planner(FEBRUARY));
    reminders.save(TestReminders.sent(rule(rule)));

    new RollOverDueDates(schedules, clock(AFTER_BIRTHDAY)).rollOver();

    assertThat(nextOccurrence(birthday)).isEqualTo(LocalDate.of(2027, 3, 15));
    ReminderRule rearmed = rule(rule);
    assertThat(rearmed.status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(rearmed.sentAt()).isNull();
    assertThat(rearmed.attemptCount()).isZero();
    assertThat(rearmed.scheduledAt()).isEqualTo(Instant.parse("2027-03-01T14:00:00Z"));
    assertThat(rearmed.occurrenceDate()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(rearmed.metadata().values()).doesNotContainKey("missed_occurrences");
  }

  @Test
  void a_pending_cycle_whose_occurrence_passed_moves_on_and_is_recorded_as_missed() {
    UUID birthday = date("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTime(birthday, 14);
    schedules.recompute(org, List.of(birthday), planner(FEBRUARY));

    schedules.recompute(org, List.of(birthday), planner(AFTER_BIRTHDAY));

    ReminderRule moved = rule(rule);
    assertThat(moved.occurrenceDate()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(moved.metadata().values())
        .containsEntry("missed_occurrences", List.of("2026-03-15"));
  }

  @Test
  void rescheduling_keeps_a_reminder_without_an_identity_visibly_waiting() {
    UUID birthday = date("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTime(birthday, 14);

    new RescheduleDates(schedules, reminders, clock(FEBRUARY)).reschedule(org, List.of(birthday));

    assertThat(rule(rule).scheduledAt()).isNotNull();
    assertThat(rule(rule).metadata().values())
        .containsEntry(ReminderRule.DELIVERY_STATUS, ReminderRule.WAITING_FOR_IDENTITY);
  }

  @Test
  void a_backfill_reads_an_organizations_items_in_id_order_and_a_dry_run_writes_nothing() {
    List<UUID> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(date("19" + (60 + i) + "-06-15", "FREQ=YEARLY"));
    }
    items.sort(UuidOrder.ASCENDING);
    UUID elsewhere = newOrganization(LocalTime.NOON);
    date(elsewhere, newPerson(elsewhere, ZoneId.of("UTC")), "1970-06-15", "FREQ=YEARLY");

    List<List<DateItemSchedule>> batches = new ArrayList<>();
    schedules.readForBackfill(org, 2, batches::add);
    ScheduleBatch dry = schedules.backfill(batches.get(0), true, planner(FEBRUARY));
    List<UUID> lastIds = new ArrayList<>();
    int examined = 0;
    for (List<DateItemSchedule> batch : batches) {
      ScheduleBatch written = schedules.backfill(batch, false, planner(FEBRUARY));
      examined += written.examined();
      lastIds.add(written.lastId());
    }

    assertThat(batches)
        .flatMap(batch -> batch)
        .extracting(DateItemSchedule::dateItemId)
        .containsExactlyElementsOf(items);
    assertThat(batches).extracting(List::size).containsExactly(2, 2, 1);
    assertThat(dry.examined()).isEqualTo(2);
    assertThat(dry.itemsChanged()).isEqualTo(2);
    assertThat(examined).isEqualTo(5);
    assertThat(lastIds).containsExactly(items.get(1), items.get(3), items.get(4));
    assertThat(items).allSatisfy(id -> assertThat(nextOccurrence(id)).isNotNull());
  }

  @Test
  void a_backfill_of_every_organization_reads_each_item_once_with_its_reminders() {
    UUID birthday = date("1985-03-15", "FREQ=YEARLY");
    UUID first = leadTime(birthday, 14);
    UUID second = leadTime(birthday, 3);
    UUID elsewhere = newOrganization(LocalTime.NOON);
    UUID theirs = date(elsewhere, newPerson(elsewhere, ZoneId.of("UTC")), "1970-06-15", null);

    List<DateItemSchedule> read = new ArrayList<>();
    schedules.readForBackfill(null, 1, read::addAll);

    assertThat(read)
        .extracting(DateItemSchedule::dateItemId)
        .contains(birthday, theirs)
        .doesNotHaveDuplicates();
    assertThat(read)
        .filteredOn(item -> item.dateItemId().equals(birthday))
        .singleElement()
        .satisfies(
            item ->
                assertThat(item.reminders())
                    .extracting(LeadTimeReminder::reminderRuleId)
                    .containsExactlyInAnyOrder(first, second));
  }

  @Test
  void a_stored_rule_the_engine_cannot_read_is_reported_and_the_others_are_placed() {
    UUID broken = date("2026-01-01", "FREQ=SOMETIMES");
    UUID fine = date("1990-07-04", "FREQ=YEARLY");

    ScheduleBatch batch = schedules.recompute(org, List.of(broken, fine), planner(FEBRUARY));

    assertThat(batch.invalidRules()).containsExactly(broken);
    assertThat(nextOccurrence(fine)).isEqualTo(LocalDate.of(2026, 7, 4));
    assertThat(nextOccurrence(broken)).isNull();
  }

  @Test
  void a_one_off_date_already_past_has_no_next_occurrence_and_its_reminder_is_due_at_once() {
    UUID gala = date("2026-01-20", null);
    UUID rule = leadTime(gala, 7);

    schedules.recompute(org, List.of(gala), planner(FEBRUARY));

    assertThat(nextOccurrence(gala)).isNull();
    assertThat(rule(rule).scheduledAt()).isEqualTo(Instant.parse("2026-01-13T14:00:00Z"));
  }

  @Test
  void deleted_items_and_reminders_are_left_alone() {
    UUID gone = date("1985-03-15", "FREQ=YEARLY");
    UUID kept = date("1985-03-15", "FREQ=YEARLY");
    UUID deletedRule = leadTime(kept, 14);
    dateItems.delete(org, gone);
    reminders.delete(org, deletedRule);

    ScheduleBatch batch = schedules.recompute(org, List.of(gone, kept), planner(FEBRUARY));

    assertThat(batch.examined()).isEqualTo(1);
    assertThat(batch.remindersChanged()).isZero();
  }

  private UUID date(String date, String rule) {
    return date(org, sarah, date, rule);
  }

  private UUID date(UUID orgId, UUID personId, String date, String rule) {
    return dateItems
        .save(
            new DateItem(
                UUID.randomUUID(),
                orgId,
                personId,
                null,
                null,
                "Birthday",
                LocalDate.parse(date),
                rule,
                null,
                null,
                null,
                null,
                null,
                null))
        .dateItemId();
  }

  private UUID leadTime(UUID dateItemId, int days) {
    return reminders
        .save(
            new ReminderRule(
                UUID.randomUUID(),
                org,
                sarah,
                dateItemId,
                null,
                null,
                ReminderType.LEAD_TIME,
                days,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null,
                null))
        .reminderRuleId();
  }

  private ReminderRule rule(UUID reminderRuleId) {
    return reminders.find(org, reminderRuleId).orElseThrow();
  }

  private LocalDate nextOccurrence(UUID dateItemId) {
    return dateItems.find(org, dateItemId).orElseThrow().nextOccurrence();
  }

  private static SchedulePlanner planner(Instant now) {
    return new SchedulePlanner(clock(now));
  }

  private static Clock clock(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }
}
