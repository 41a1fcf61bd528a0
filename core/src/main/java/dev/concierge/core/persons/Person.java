package dev.concierge.core.persons;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A client, a member of a client's family, or a staff member. Every date and reminder of a person
 * is computed in {@link #timezone()}.
 */
public record Person(
    UUID personId,
    UUID orgId,
    String fullName,
    String preferredName,
    PersonType personType,
    LocalDate birthday,
    ZoneId timezone,
    Metadata metadata,
    Instant createdAt,
    Instant updatedAt) {

  public Person {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(personType, "personType");
    Objects.requireNonNull(timezone, "timezone");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }

  /** This person with the fields a change may set, as they are after it. */
  public Person changed(
      String fullName,
      String preferredName,
      PersonType personType,
      LocalDate birthday,
      ZoneId timezone,
      Metadata metadata) {
    return new Person(
        personId,
        orgId,
        fullName,
        preferredName,
        personType,
        birthday,
        timezone,
        metadata,
        createdAt,
        updatedAt);
  }

  /**
   * This person as a store keeps it: created at {@code createdAt}, last changed at {@code
   * updatedAt}.
   */
  public Person stored(Instant createdAt, Instant updatedAt) {
    return new Person(
        personId,
        orgId,
        fullName,
        preferredName,
        personType,
        birthday,
        timezone,
        metadata,
        createdAt,
        updatedAt);
  }

  /** The name to address the person by: the preferred one when set. */
  public String addressName() {
    return preferredName == null || preferredName.isBlank() ? fullName : preferredName;
  }
}
