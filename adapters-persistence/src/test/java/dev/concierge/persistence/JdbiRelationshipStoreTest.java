package dev.concierge.persistence;

import dev.concierge.core.relationships.RelationshipStore;
import dev.concierge.core.relationships.RelationshipStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The relationship store's contract on PostgreSQL. */
class JdbiRelationshipStoreTest extends RelationshipStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected RelationshipStore store() {
    return new JdbiRelationshipStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Relationship store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.create(jdbi, orgId);
  }

  @Override
  protected void deletePerson(UUID orgId, UUID personId) {
    new JdbiPersonStore(jdbi).delete(orgId, personId);
  }
}
