package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.reminders.planning.BackfillNextOccurrences;
import dev.concierge.core.reminders.planning.DateItemSchedule;
import dev.concierge.core.reminders.planning.LeadTimeReminder;
import dev.concierge.core.reminders.planning.ReminderChange;
import dev.concierge.core.reminders.planning.ScheduleBatch;
import dev.concierge.core.reminders.planning.ScheduleChange;
import dev.concierge.core.reminders.planning.SchedulePlanner;
import dev.concierge.core.reminders.planning.ScheduleStore;
import dev.concierge.core.reminders.planning.ScheduleStoreContract;
import dev.concierge.core.reminders.planning.ScheduleTotals;
import dev.concierge.core.testing.UuidOrder;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.NextOccurrence;
import dev.concierge.core.time.RecurringDate;
import dev.concierge.core.time.Today;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schedule store's contract on PostgreSQL, and what only concurrency shows: workers in
 * parallel, live dispatcher claims, rows changed between the read and the write.
 */
class JdbiScheduleStoreTest extends ScheduleStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiScheduleStore schedules = new JdbiScheduleStore(jdbi);
  private UUID org;
  private UUID person;

  @Override
  protected DateItemStore dateItems() {
    return new JdbiDateItemStore(jdbi);
  }

  @Override
  protected ReminderStore reminders() {
    return new JdbiReminderStore(jdbi);
  }

  @Override
  protected ScheduleStore schedules() {
    return schedules;
  }

  @Override
  protected UUID newOrganization(LocalTime sendTime) {
    UUID created = TestOrganizations.create(jdbi, "Schedules org");
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "update organizations set reminder_send_time = :time where org_id = :org")
                .bind("time", sendTime)
                .bind("org", created)
                .execute());
    return created;
  }

  @Override
  protected UUID newPerson(UUID orgId, ZoneId zone) {
    return TestPersons.client(jdbi, orgId, "Sarah Chen", zone.getId());
  }

  @BeforeEach
  void sarahInNewYork() {
    org = newOrganization(LocalTime.of(9, 0));
    person = newPerson(org, ZoneId.of("America/New_York"));
  }

  @Test
  void several_workers_examine_every_item_exactly_once() {
    for (int i = 0; i < 40; i++) {
      dateItem("19" + (50 + i) + "-06-15", "FREQ=YEARLY");
    }

    ScheduleTotals totals =
        new BackfillNextOccurrences(schedules, clock("2026-02-01T12:00:00Z"))
            .run(org, false, 7, 3, t -> {});

    assertThat(totals.examined()).isEqualTo(40);
    assertThat(totals.itemsChanged()).isEqualTo(40);
  }

  @Test
  void roll_over_leaves_a_reminder_under_a_live_dispatcher_claim_and_its_date_for_later() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTimeRule(item, 14);
    backfill("2026-02-01T12:00:00Z");
    claim(rule);

    ScheduleBatch batch = schedules.recompute(org, List.of(item), planner("2026-03-16T15:00:00Z"));

    assertThat(batch.remindersChanged()).isZero();
    assertThat(scheduled(rule)).isEqualTo(Instant.parse("2026-03-01T14:00:00Z"));
  }

  @Test
  void a_row_edited_while_being_computed_is_left_alone_as_stale() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");
    SchedulePlanner planner = planner("2026-02-01T12:00:00Z");
    List<ScheduleBatch> written = new ArrayList<>();

    schedules.readForBackfill(
        org,
        100,
        read ->
            written.add(
                schedules.backfill(
                    read,
                    false,
                    schedule -> {
                      // someone edits the date between our read and our write
                      edit(item);
                      return planner.plan(schedule);
                    })));

    assertThat(written).singleElement().extracting(ScheduleBatch::stale).isEqualTo(1);
    assertThat(nextOccurrence(item)).isNull();
  }

  @Test
  void a_date_edited_while_the_stream_is_open_is_stale_and_the_rest_are_written() {
    UUID first = dateItem("1985-03-15", "FREQ=YEARLY");
    UUID second = dateItem("1990-07-04", "FREQ=YEARLY");
    UUID edited = UuidOrder.ASCENDING.compare(first, second) < 0 ? second : first;
    UUID kept = edited == first ? second : first;
    SchedulePlanner planner = planner("2026-02-01T12:00:00Z");
    List<ScheduleBatch> written = new ArrayList<>();

    schedules.readForBackfill(
        org,
        1,
        read -> {
          if (written.isEmpty()) {
            // the stream has read both rows, but the second batch is written after this edit
            edit(edited);
          }
          written.add(schedules.backfill(read, false, planner));
        });

    assertThat(written).extracting(ScheduleBatch::stale).containsExactly(0, 1);
    assertThat(nextOccurrence(kept)).isNotNull();
    assertThat(nextOccurrence(edited)).isNull();
  }

  @Test
  void a_reminder_claimed_while_the_stream_is_open_is_left_alone() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTimeRule(item, 14);
    List<ScheduleBatch> written = new ArrayList<>();

    schedules.readForBackfill(
        org,
        100,
        read -> {
          claim(rule);
          written.add(schedules.backfill(read, false, planner("2026-02-01T12:00:00Z")));
        });

    assertThat(written).singleElement().extracting(ScheduleBatch::remindersChanged).isEqualTo(0);
    assertThat(written.get(0).stale()).isEqualTo(1);
    assertThat(scheduled(rule)).isNull();
    assertThat(nextOccurrence(item)).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  void a_date_added_after_the_stream_began_is_not_read_and_the_next_run_places_it() {
    dateItem("1985-03-15", "FREQ=YEARLY");
    List<UUID> read = new ArrayList<>();
    UUID[] added = new UUID[1];

    schedules.readForBackfill(
        org,
        1,
        batch -> {
          if (added[0] == null) {
            added[0] = dateItem("1990-07-04", "FREQ=YEARLY");
          }
          batch.forEach(item -> read.add(item.dateItemId()));
        });
    ScheduleTotals next = backfill("2026-02-01T12:00:00Z");

    assertThat(read).hasSize(1).doesNotContain(added[0]);
    assertThat(next.examined()).isEqualTo(2);
    assertThat(nextOccurrence(added[0])).isEqualTo(LocalDate.of(2026, 7, 4));
  }

  @Test
  void a_backfill_writes_what_the_engine_gives_for_every_zone_rule_and_leap_day() {
    Instant now = Instant.parse("2026-03-08T06:30:00Z"); // New York's DST night, 01:30 there
    List<String> zones =
        List.of("America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata");
    List<String[]> dates =
        List.of(
            new String[] {"1984-02-29", "FREQ=YEARLY", "feb_28"},
            new String[] {"1984-02-29", "FREQ=YEARLY", "strict"},
            new String[] {"1960-03-08", "FREQ=YEARLY", "feb_28"},
            new String[] {"1990-03-09", "FREQ=YEARLY", "feb_28"},
            new String[] {"2025-01-31", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "feb_28"},
            new String[] {"2024-01-01", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "feb_28"},
            new String[] {"2024-03-31", "FREQ=MONTHLY;BYMONTHDAY=-1", "feb_28"},
            new String[] {"2020-11-26", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "feb_28"},
            new String[] {"2026-03-08", null, "feb_28"},
            new String[] {"2026-03-20", null, "feb_28"},
            new String[] {"2026-01-20", null, "feb_28"});
    Map<UUID, DateItemSchedule> expected = new HashMap<>();
    for (String zone : zones) {
      UUID someone = newPerson(org, ZoneId.of(zone));
      for (String[] date : dates) {
        UUID item = dateItem(someone, date[0], date[1], date[2]);
        UUID rule = leadTimeRule(someone, item, 14);
        expected.put(
            item,
            new DateItemSchedule(
                item,
                LocalDate.parse(date[0]),
                date[1],
                LeapDayPolicy.valueOf(date[2].toUpperCase(Locale.ROOT)),
                ZoneId.of(zone),
                LocalTime.of(9, 0),
                null,
                List.of(new LeadTimeReminder(rule, 14, null, null, false, false, false, 0)),
                0));
      }
    }

    ScheduleTotals totals =
        new BackfillNextOccurrences(schedules, Clock.fixed(now, ZoneOffset.UTC))
            .run(org, false, 5, 3, t -> {});
    ScheduleTotals again =
        new BackfillNextOccurrences(schedules, Clock.fixed(now, ZoneOffset.UTC))
            .run(org, false, 5, 3, t -> {});

    assertThat(totals.examined()).isEqualTo(expected.size());
    assertThat(again.itemsChanged()).isZero();
    assertThat(again.remindersChanged()).isZero();
    SchedulePlanner engine = new SchedulePlanner(Clock.fixed(now, ZoneOffset.UTC));
    expected.forEach(
        (item, schedule) -> {
          ScheduleChange planned = engine.plan(schedule);
          LocalDate next =
              NextOccurrence.onOrAfter(
                      RecurringDate.of(
                          schedule.dateValue(), schedule.recurrenceRule(), schedule.leapDays()),
                      Today.in(schedule.zone(), Clock.fixed(now, ZoneOffset.UTC)))
                  .orElse(null);
          assertThat(nextOccurrence(item)).as("next occurrence of %s", schedule).isEqualTo(next);
          assertThat(planned.nextOccurrence()).isEqualTo(next);
          ReminderChange reminder = planned.reminders().get(0);
          assertThat(scheduled(reminder.reminderRuleId()))
              .as("reminder of %s", schedule)
              .isEqualTo(reminder.scheduledAt());
        });
  }

  private ScheduleTotals backfill(String now) {
    return new BackfillNextOccurrences(schedules, clock(now)).run(org, false, 2, t -> {});
  }

  private static SchedulePlanner planner(String now) {
    return new SchedulePlanner(clock(now));
  }

  private static Clock clock(String now) {
    return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
  }

  private UUID dateItem(String date, String rule) {
    return dateItem(person, date, rule, "feb_28");
  }

  private UUID dateItem(UUID someone, String date, String rule, String leapDays) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into date_items (org_id, person_id, title, date_value, recurrence_rule,"
                        + " leap_day_policy) values (:org, :person, 'Birthday',"
                        + " cast(:date as date), :rule, :leapDays) returning date_item_id")
                .bind("org", org)
                .bind("person", someone)
                .bind("date", date)
                .bind("rule", rule)
                .bind("leapDays", leapDays)
                .mapTo(UUID.class)
                .one());
  }

  private UUID leadTimeRule(UUID item, int days) {
    return leadTimeRule(person, item, days);
  }

  private UUID leadTimeRule(UUID someone, UUID item, int days) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into reminder_rules (org_id, person_id, date_item_id, reminder_type,"
                        + " lead_time_days) values (:org, :person, :item, 'lead_time', :days)"
                        + " returning reminder_rule_id")
                .bind("org", org)
                .bind("person", someone)
                .bind("item", item)
                .bind("days", days)
                .mapTo(UUID.class)
                .one());
  }

  /** An edit on a connection of its own, committed at once. */
  private void edit(UUID item) {
    jdbi.useHandle(
        h -> h.execute("update date_items set title = 'Edited' where date_item_id = ?", item));
  }

  private void claim(UUID rule) {
    jdbi.useHandle(
        h ->
            h.execute(
                "update reminder_rules set claimed_by = 'dispatcher-1',"
                    + " claim_expires_at = now() + interval '5 minutes' where reminder_rule_id = ?",
                rule));
  }

  private LocalDate nextOccurrence(UUID item) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select next_occurrence from date_items where date_item_id = :id")
                .bind("id", item)
                .mapTo(LocalDate.class)
                .one());
  }

  /** Null while the rule has no time. */
  private Instant scheduled(UUID rule) {
    OffsetDateTime at =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select scheduled_datetime from reminder_rules where reminder_rule_id = :id")
                    .bind("id", rule)
                    .mapTo(OffsetDateTime.class)
                    .one());
    return at == null ? null : at.toInstant();
  }
}
