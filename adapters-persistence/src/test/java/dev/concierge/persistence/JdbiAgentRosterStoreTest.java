package dev.concierge.persistence;

import dev.concierge.core.agents.roster.AgentRosterStore;
import dev.concierge.core.agents.roster.AgentRosterStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The agent roster's contract on PostgreSQL. */
class JdbiAgentRosterStoreTest extends AgentRosterStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected AgentRosterStore store() {
    return new JdbiAgentRosterStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Agent roster store test org");
  }
}
