package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.reminders.planning.BackfillNextOccurrences;
import dev.concierge.core.reminders.planning.IdRange;
import dev.concierge.core.reminders.planning.RollOverDueDates;
import dev.concierge.core.reminders.planning.ScheduleBatch;
import dev.concierge.core.reminders.planning.SchedulePlanner;
import dev.concierge.core.reminders.planning.ScheduleTotals;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backfill, roll-over and recomputation of date schedules on real PostgreSQL. */
class JdbiScheduleStoreTest {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiScheduleStore schedules = new JdbiScheduleStore(jdbi);
  private UUID org;
  private UUID person;

  @BeforeEach
  void sarahInNewYork() {
    org = TestOrganizations.create(jdbi, "Schedules org");
    jdbi.useHandle(
        h ->
            h.execute(
                "update organizations set reminder_send_time = '09:00' where org_id = ?", org));
    person =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "insert into persons (org_id, full_name, person_type, timezone)"
                            + " values (:org, 'Sarah Chen', 'client', 'America/New_York')"
                            + " returning person_id")
                    .bind("org", org)
                    .mapTo(UUID.class)
                    .one());
  }

  @Test
  void backfill_sets_next_occurrence_and_reminder_times_and_a_second_run_changes_nothing() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTimeRule(item, 14);

    ScheduleTotals first = backfill("2026-02-01T12:00:00Z");
    ScheduleTotals second = backfill("2026-02-01T12:00:00Z");

    assertThat(first.itemsChanged()).isEqualTo(1);
    assertThat(first.remindersChanged()).isEqualTo(1);
    assertThat(nextOccurrence(item)).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(scheduled(rule))
        .isEqualTo(OffsetDateTime.parse("2026-03-01T09:00:00-05:00").toInstant());
    assertThat(second.itemsChanged()).isZero();
    assertThat(second.remindersChanged()).isZero();
  }

  @Test
  void several_workers_examine_every_item_exactly_once() {
    for (int i = 0; i < 40; i++) {
      dateItem("19" + (50 + i) + "-06-15", "FREQ=YEARLY");
    }

    ScheduleTotals totals =
        new BackfillNextOccurrences(schedules, planner("2026-02-01T12:00:00Z"))
            .run(org, false, 7, 3, t -> {});

    assertThat(totals.examined()).isEqualTo(40);
    assertThat(totals.itemsChanged()).isEqualTo(40);
  }

  @Test
  void a_dry_run_counts_but_writes_nothing() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");

    ScheduleTotals dry =
        new BackfillNextOccurrences(schedules, planner("2026-02-01T12:00:00Z"))
            .run(org, true, 100, t -> {});

    assertThat(dry.itemsChanged()).isEqualTo(1);
    assertThat(nextOccurrence(item)).isNull();
  }

  @Test
  void roll_over_advances_a_passed_date_rearms_its_sent_reminder_and_keeps_its_history() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTimeRule(item, 14);
    backfill("2026-02-01T12:00:00Z");
    markSent(rule);

    ScheduleTotals rolled =
        new RollOverDueDates(
                schedules, planner("2026-03-16T15:00:00Z"), clock("2026-03-16T15:00:00Z"))
            .rollOver();

    assertThat(rolled.itemsChanged()).isGreaterThanOrEqualTo(1);
    assertThat(nextOccurrence(item)).isEqualTo(LocalDate.of(2027, 3, 15));
    Map<String, Object> state =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select sent_at, scheduled_datetime, occurrence_date, attempt_count,"
                            + " metadata_jsonb ->> 'delivery_status' as status,"
                            + " (select count(*) from reminder_deliveries d where d.reminder_rule_id = r.reminder_rule_id) as deliveries"
                            + " from reminder_rules r where reminder_rule_id = :id")
                    .bind("id", rule)
                    .mapToMap()
                    .one());
    assertThat(state.get("sent_at")).isNull();
    assertThat(state.get("status")).isEqualTo("pending");
    assertThat(state.get("attempt_count")).isEqualTo(0);
    assertThat(state.get("occurrence_date").toString()).isEqualTo("2027-03-15");
    assertThat(state.get("deliveries")).isEqualTo(1L);
    assertThat(scheduled(rule)).isEqualTo(Instant.parse("2027-03-01T14:00:00Z"));
  }

  @Test
  void roll_over_leaves_a_reminder_under_a_live_dispatcher_claim_and_its_date_for_later() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");
    UUID rule = leadTimeRule(item, 14);
    backfill("2026-02-01T12:00:00Z");
    jdbi.useHandle(
        h ->
            h.execute(
                "update reminder_rules set claimed_by = 'dispatcher-1',"
                    + " claim_expires_at = now() + interval '5 minutes' where reminder_rule_id = ?",
                rule));

    ScheduleBatch batch = schedules.recompute(org, List.of(item), planner("2026-03-16T15:00:00Z"));

    assertThat(batch.remindersChanged()).isZero();
    assertThat(scheduled(rule)).isEqualTo(Instant.parse("2026-03-01T14:00:00Z"));
  }

  @Test
  void a_row_edited_while_being_computed_is_left_alone_as_stale() {
    UUID item = dateItem("1985-03-15", "FREQ=YEARLY");
    SchedulePlanner planner = planner("2026-02-01T12:00:00Z");

    ScheduleBatch batch =
        schedules.backfill(
            org,
            IdRange.ALL,
            null,
            100,
            false,
            schedule -> {
              // someone edits the date between our read and our write
              Jdbi.create(SharedPostgres.migrated().dataSource())
                  .useHandle(
                      h ->
                          h.execute(
                              "update date_items set title = 'Edited' where date_item_id = ?",
                              item));
              return planner.plan(schedule);
            });

    assertThat(batch.stale()).isEqualTo(1);
    assertThat(nextOccurrence(item)).isNull();
  }

  @Test
  void an_invalid_stored_rule_is_reported_not_fatal() {
    UUID broken = dateItem("2026-01-01", "FREQ=SOMETIMES");
    UUID fine = dateItem("1990-07-04", "FREQ=YEARLY");

    ScheduleTotals totals = backfill("2026-02-01T12:00:00Z");

    assertThat(totals.invalidRules()).containsExactly(broken);
    assertThat(nextOccurrence(fine)).isEqualTo(LocalDate.of(2026, 7, 4));
  }

  private ScheduleTotals backfill(String now) {
    return new BackfillNextOccurrences(schedules, planner(now)).run(org, false, 2, t -> {});
  }

  private static SchedulePlanner planner(String now) {
    return new SchedulePlanner(clock(now));
  }

  private static Clock clock(String now) {
    return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
  }

  private UUID dateItem(String date, String rule) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into date_items (org_id, person_id, title, date_value, recurrence_rule)"
                        + " values (:org, :person, 'Birthday', cast(:date as date), :rule)"
                        + " returning date_item_id")
                .bind("org", org)
                .bind("person", person)
                .bind("date", date)
                .bind("rule", rule)
                .mapTo(UUID.class)
                .one());
  }

  private UUID leadTimeRule(UUID item, int days) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into reminder_rules (org_id, person_id, date_item_id, reminder_type,"
                        + " lead_time_days) values (:org, :person, :item, 'lead_time', :days)"
                        + " returning reminder_rule_id")
                .bind("org", org)
                .bind("person", person)
                .bind("item", item)
                .bind("days", days)
                .mapTo(UUID.class)
                .one());
  }

  private void markSent(UUID rule) {
    jdbi.useHandle(
        h -> {
          h.execute(
              "update reminder_rules set sent_at = scheduled_datetime where reminder_rule_id = ?",
              rule);
          h.execute(
              "insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,"
                  + " attempt_number, channel_type, provider, status, started_at)"
                  + " select org_id, reminder_rule_id, scheduled_datetime, 1, 'outbox', 'outbox',"
                  + " 'delivered', scheduled_datetime from reminder_rules where reminder_rule_id = ?",
              rule);
        });
  }

  private LocalDate nextOccurrence(UUID item) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select next_occurrence from date_items where date_item_id = :id")
                .bind("id", item)
                .mapTo(LocalDate.class)
                .one());
  }

  private Instant scheduled(UUID rule) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select scheduled_datetime from reminder_rules where reminder_rule_id = :id")
                .bind("id", rule)
                .mapTo(OffsetDateTime.class)
                .one()
                .toInstant());
  }
}
