package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.organization.OrganizationStoreContract;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.persistence.testing.SharedPostgres;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The organization store's contract on PostgreSQL, and the organization a migration seeds. */
class JdbiOrganizationStoreTest extends OrganizationStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiOrganizationStore organizations = new JdbiOrganizationStore(jdbi);

  @Override
  protected OrganizationStore store() {
    return organizations;
  }

  @Override
  protected PersonStore persons() {
    return new JdbiPersonStore(jdbi);
  }

  @Test
  void the_default_organization_is_there_from_the_first_migration() {
    Organization organization = organizations.find(Organization.DEFAULT_ID).orElseThrow();

    assertThat(organization.reminderSendTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(organization.defaultTimezone()).isEqualTo(ZoneId.of("America/New_York"));
  }
}
