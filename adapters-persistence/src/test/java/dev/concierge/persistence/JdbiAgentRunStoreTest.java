package dev.concierge.persistence;

import dev.concierge.core.agents.runs.AgentRunStore;
import dev.concierge.core.agents.runs.AgentRunStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The run log's contract on PostgreSQL. */
class JdbiAgentRunStoreTest extends AgentRunStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected AgentRunStore store() {
    return new JdbiAgentRunStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Run log store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.create(jdbi, orgId);
  }

  @Override
  protected UUID newConversation(UUID orgId, UUID personId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "insert into conversations (org_id, person_id, channel_type)"
                        + " values (:orgId, :personId, 'web') returning conversation_id")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .mapTo(UUID.class)
                .one());
  }
}
