package dev.concierge.persistence.testing;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Persons for tests of what refers to them, written straight to their table. */
public final class TestPersons {
  private TestPersons() {}

  /** A client of the organization, in UTC. */
  public static UUID client(Jdbi jdbi, UUID orgId) {
    return client(jdbi, orgId, "Test Client", "UTC");
  }

  public static UUID client(Jdbi jdbi, UUID orgId, String fullName, String zone) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "insert into persons (org_id, full_name, person_type, timezone)"
                        + " values (:orgId, :fullName, 'client', :zone) returning person_id")
                .bind("orgId", orgId)
                .bind("fullName", fullName)
                .bind("zone", zone)
                .mapTo(UUID.class)
                .one());
  }
}
