package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.dates.DateItemStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.time.LocalDate;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The date item store's contract on PostgreSQL, and what only PostgreSQL can get wrong. */
class JdbiDateItemStoreTest extends DateItemStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiDateItemStore items = new JdbiDateItemStore(jdbi);

  @Override
  protected DateItemStore store() {
    return items;
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Date item store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.client(jdbi, orgId);
  }

  @Override
  protected UUID newCategory(UUID orgId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into date_categories (org_id, category_name) values (:org, 'Galas')"
                        + " returning category_id")
                .bind("org", orgId)
                .mapTo(UUID.class)
                .one());
  }

  @Override
  protected void placeNextOccurrence(UUID dateItemId, LocalDate next) {
    jdbi.useHandle(
        h ->
            h.createUpdate("update date_items set next_occurrence = :next where date_item_id = :id")
                .bind("next", next)
                .bind("id", dateItemId)
                .execute());
  }

  @Test
  void a_calendar_date_never_shifts_a_day_across_time_zones() {
    // JVM in America/St_Johns (UTC-3:30), server in Asia/Kathmandu (UTC+5:45)
    UUID org = newOrganization();
    DateItem saved =
        items.save(
            new DateItem(
                UUID.randomUUID(),
                org,
                newPerson(org),
                null,
                null,
                "Leap day",
                LocalDate.of(2000, 2, 29),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    placeNextOccurrence(saved.dateItemId(), LocalDate.of(2028, 2, 29));

    DateItem found = items.find(org, saved.dateItemId()).orElseThrow();

    assertThat(found.dateValue()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(found.nextOccurrence()).isEqualTo(LocalDate.of(2028, 2, 29));
  }
}
