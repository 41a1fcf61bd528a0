package dev.concierge.persistence;

import dev.concierge.core.frontdesk.FrontDeskStore;
import dev.concierge.core.frontdesk.FrontDeskStoreContract;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The front desk store's contract on PostgreSQL. */
class JdbiFrontDeskStoreTest extends FrontDeskStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected FrontDeskStore store() {
    return new JdbiFrontDeskStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Front desk store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.client(jdbi, orgId);
  }

  @Override
  protected void claimWorkspace(UUID orgId, String workspace) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "update organizations set settings_jsonb = settings_jsonb"
                        + " || jsonb_build_object('slack_team_id', :workspace)"
                        + " where org_id = :orgId")
                .bind("workspace", workspace)
                .bind("orgId", orgId)
                .execute());
  }

  @Override
  protected void giveSlackIdentity(UUID orgId, UUID personId, String value) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "insert into comm_identities (org_id, person_id, channel_type, identity_value)"
                        + " values (:orgId, :personId, 'slack', :value)")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("value", value)
                .execute());
  }
}
