package dev.concierge.persistence;

import dev.concierge.core.catalogue.CatalogueStore;
import dev.concierge.core.catalogue.CatalogueStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The catalogue store's contract on PostgreSQL. */
class JdbiCatalogueStoreTest extends CatalogueStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected CatalogueStore store() {
    return new JdbiCatalogueStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Catalogue store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.client(jdbi, orgId);
  }
}
