package dev.concierge.persistence;

import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.ConversationStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The conversation store's contract on PostgreSQL. */
class JdbiConversationStoreTest extends ConversationStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected ConversationStore store() {
    return new JdbiConversationStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Conversation store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.client(jdbi, orgId);
  }
}
