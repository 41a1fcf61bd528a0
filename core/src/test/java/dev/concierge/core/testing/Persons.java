package dev.concierge.core.testing;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import java.time.ZoneId;
import java.util.UUID;

/** Persons for tests that need one to exist and care about nothing else of it. */
public final class Persons {
  private Persons() {}

  /** A new person of {@code orgId} in UTC, not stored yet. */
  public static Person of(UUID orgId, String fullName, PersonType type) {
    return new Person(
        UUID.randomUUID(),
        orgId,
        fullName,
        null,
        type,
        null,
        ZoneId.of("UTC"),
        Metadata.EMPTY,
        null,
        null);
  }
}
