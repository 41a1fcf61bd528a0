package dev.concierge.persistence;

import dev.concierge.core.preferences.PreferenceStore;
import dev.concierge.core.preferences.PreferenceStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The preference store's contract on PostgreSQL. */
class JdbiPreferenceStoreTest extends PreferenceStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected PreferenceStore store() {
    return new JdbiPreferenceStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Preference store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.create(jdbi, orgId);
  }

  @Override
  protected UUID newMessage(UUID orgId, UUID personId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    with conversation as (
                      insert into conversations (org_id, person_id, channel_type)
                      values (:orgId, :personId, 'web') returning conversation_id)
                    insert into messages (org_id, conversation_id, direction, sender_type, content)
                    select :orgId, conversation_id, 'inbound', 'client', 'I am vegetarian now'
                    from conversation returning message_id
                    """)
                .bind("orgId", orgId)
                .bind("personId", personId)
                .mapTo(UUID.class)
                .one());
  }
}
