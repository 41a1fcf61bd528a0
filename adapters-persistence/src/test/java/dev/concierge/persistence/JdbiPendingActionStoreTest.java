package dev.concierge.persistence;

import dev.concierge.core.agents.actions.PendingActionStore;
import dev.concierge.core.agents.actions.PendingActionStoreContract;
import dev.concierge.core.agents.runs.AgentRunStore;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The pending actions' contract on PostgreSQL. */
class JdbiPendingActionStoreTest extends PendingActionStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected PendingActionStore store() {
    return new JdbiPendingActionStore(jdbi);
  }

  @Override
  protected AgentRunStore runs() {
    return new JdbiAgentRunStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Pending action store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.create(jdbi, orgId);
  }
}
