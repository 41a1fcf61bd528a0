package dev.concierge.persistence;

import dev.concierge.core.accounts.AccountStore;
import dev.concierge.core.accounts.AccountStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The account store's contract on PostgreSQL. */
class JdbiAccountStoreTest extends AccountStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected AccountStore store() {
    return new JdbiAccountStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Account store test org");
  }
}
