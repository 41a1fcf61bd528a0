package dev.concierge.core.exchange;

import dev.concierge.core.persons.Person;

/** A person as the persons export writes them: the person and their primary email, if any. */
public record ExportedPerson(Person person, String email) {
  /** The key {@code metadata_jsonb} keeps the id another system knows the person by under. */
  public static final String EXTERNAL_ID = "external_id";

  public String externalId() {
    Object value = person.metadata().values().get(EXTERNAL_ID);
    return value == null ? null : value.toString();
  }
}
