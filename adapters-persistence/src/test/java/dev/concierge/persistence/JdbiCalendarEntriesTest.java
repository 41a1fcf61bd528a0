package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.calendar.CalendarEntry;
import dev.concierge.persistence.testing.SharedPostgres;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The calendar feed's read on PostgreSQL: in the order of next occurrences, then the rest. */
class JdbiCalendarEntriesTest {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiCalendarEntries entries = new JdbiCalendarEntries(jdbi);
  private final UUID org =
      jdbi.withHandle(
          h ->
              h.createQuery("insert into organizations (name) values ('Feeds') returning org_id")
                  .mapTo(UUID.class)
                  .one());
  private final UUID person =
      jdbi.withHandle(
          h ->
              h.createQuery(
                      "insert into persons (org_id, full_name, person_type, timezone)"
                          + " values (:org, 'Ann', 'client', 'Europe/London') returning person_id")
                  .bind("org", org)
                  .mapTo(UUID.class)
                  .one());

  @Test
  void dates_come_by_next_occurrence_then_those_without_one_and_the_limit_spans_both() {
    UUID late = date("Late", LocalDate.parse("2027-05-01"));
    UUID past = date("Past, one-off", null);
    UUID soon = date("Soon", LocalDate.parse("2026-12-24"));
    UUID deleted = date("Deleted", LocalDate.parse("2026-12-20"));
    jdbi.useHandle(
        h -> h.execute("update date_items set deleted_at = now() where date_item_id = ?", deleted));

    assertThat(entries.of(org, null, 10))
        .extracting(CalendarEntry::dateItemId)
        .containsExactly(soon, late, past);
    assertThat(entries.of(org, person, 2))
        .extracting(CalendarEntry::dateItemId)
        .containsExactly(soon, late);
    assertThat(entries.of(org, UUID.randomUUID(), 10)).isEmpty();
  }

  private UUID date(String title, LocalDate next) {
    return jdbi.withHandle(
        h -> {
          UUID id =
              h.createQuery(
                      "insert into date_items (org_id, person_id, title, date_value)"
                          + " values (:org, :person, :title, date '2001-05-01')"
                          + " returning date_item_id")
                  .bind("org", org)
                  .bind("person", person)
                  .bind("title", title)
                  .mapTo(UUID.class)
                  .one();
          if (next != null) {
            h.execute(
                "insert into date_occurrences (date_item_id, org_id, next_occurrence)"
                    + " values (?, ?, ?)",
                id,
                org,
                next);
          }
          return id;
        });
  }
}
