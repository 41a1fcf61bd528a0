package dev.concierge.http;

import dev.concierge.core.persons.Person;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A person as the API shows it. */
record PersonJson(
    UUID personId,
    UUID orgId,
    String fullName,
    String preferredName,
    String personType,
    LocalDate birthday,
    String timezone,
    Map<String, Object> metadataJsonb,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static PersonJson of(Person p) {
    return new PersonJson(
        p.personId(),
        p.orgId(),
        p.fullName(),
        p.preferredName(),
        p.personType().wireName(),
        p.birthday(),
        p.timezone().getId(),
        p.metadata().values(),
        Instants.at(p.createdAt(), p.timezone()),
        Instants.at(p.updatedAt(), p.timezone()));
  }
}
