package dev.concierge.persistence.testing;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Gives each test an organization of its own, which is how tests sharing a database isolate data.
 */
public final class TestOrganizations {
  private TestOrganizations() {}

  public static UUID create(Jdbi jdbi, String name) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "insert into organizations (name, default_timezone) values (:name, 'UTC')"
                        + " returning org_id")
                .bind("name", name)
                .mapTo(UUID.class)
                .one());
  }
}
