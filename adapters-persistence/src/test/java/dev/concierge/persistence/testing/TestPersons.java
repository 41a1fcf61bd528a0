package dev.concierge.persistence.testing;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** A person row for tests whose rows must belong to one. */
public final class TestPersons {
  private TestPersons() {}

  /** A client of {@code orgId} in UTC. */
  public static UUID create(Jdbi jdbi, UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "insert into persons (org_id, full_name, person_type, timezone)"
                        + " values (:orgId, 'Someone', 'client', 'UTC') returning person_id")
                .bind("orgId", orgId)
                .mapTo(UUID.class)
                .one());
  }
}
