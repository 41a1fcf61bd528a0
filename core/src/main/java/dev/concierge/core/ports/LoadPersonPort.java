package dev.concierge.core.ports;

import dev.concierge.core.persons.Person;
import java.util.Optional;
import java.util.UUID;

public interface LoadPersonPort {
  /** The person, unless it belongs to another organization or was deleted. */
  Optional<Person> loadPerson(UUID orgId, UUID personId);
}
