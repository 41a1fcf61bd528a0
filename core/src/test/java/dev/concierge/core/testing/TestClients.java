package dev.concierge.core.testing;

import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonType;
import java.time.ZoneId;
import java.util.UUID;

/** Clients for the tests of what belongs to a client. */
public final class TestClients {
  private TestClients() {}

  /** A new client of the organization, in UTC, saved in {@code persons}. */
  public static UUID in(PersonStore persons, UUID orgId) {
    return in(persons, orgId, "Sarah Chen", ZoneId.of("UTC"));
  }

  public static UUID in(PersonStore persons, UUID orgId, String fullName, ZoneId zone) {
    return persons
        .save(
            new Person(
                UUID.randomUUID(),
                orgId,
                fullName,
                null,
                PersonType.CLIENT,
                null,
                zone,
                null,
                null,
                null))
        .personId();
  }
}
