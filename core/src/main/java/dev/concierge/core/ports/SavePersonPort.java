package dev.concierge.core.ports;

import dev.concierge.core.persons.Person;

public interface SavePersonPort {
  /**
   * Inserts or updates the person (by id, within its organization) and returns it as stored, with
   * the database's timestamps.
   */
  Person savePerson(Person person);
}
