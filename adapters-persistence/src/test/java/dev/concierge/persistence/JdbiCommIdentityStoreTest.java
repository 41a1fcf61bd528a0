package dev.concierge.persistence;

import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.identities.CommIdentityStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The communication identity store's contract on PostgreSQL. */
class JdbiCommIdentityStoreTest extends CommIdentityStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected CommIdentityStore store() {
    return new JdbiCommIdentityStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Comm identity store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.create(jdbi, orgId);
  }
}
