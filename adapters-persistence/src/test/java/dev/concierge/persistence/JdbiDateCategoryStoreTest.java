package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.categories.DateCategoryStoreContract;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The date category store's contract on PostgreSQL, and the categories a migration seeds. */
class JdbiDateCategoryStoreTest extends DateCategoryStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiDateCategoryStore categories = new JdbiDateCategoryStore(jdbi);

  @Override
  protected DateCategoryStore store() {
    return categories;
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Date category store test org");
  }

  @Override
  protected void useInADateItem(UUID orgId, UUID categoryId) {
    UUID person = TestPersons.create(jdbi, orgId);
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "insert into date_items (org_id, person_id, category_id, title, date_value)"
                        + " values (:orgId, :personId, :categoryId, 'Renewal', current_date)")
                .bind("orgId", orgId)
                .bind("personId", person)
                .bind("categoryId", categoryId)
                .execute());
  }

  @Test
  void the_default_organization_has_its_six_categories_from_a_migration() {
    assertThat(categories.list(Organization.DEFAULT_ID, new PageRequest(0, 50)).items())
        .extracting(DateCategory::categoryName)
        .contains(
            "Anniversary",
            "Birthday",
            "Club Renewal",
            "Property Maintenance",
            "School Event",
            "Travel");
  }
}
