package dev.concierge.persistence;

import dev.concierge.core.access.ApiKeyStore;
import dev.concierge.core.access.ApiKeyStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The API key store's contract on PostgreSQL. */
class JdbiApiKeyStoreTest extends ApiKeyStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected ApiKeyStore store() {
    return new JdbiApiKeyStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "API key store test org");
  }
}
