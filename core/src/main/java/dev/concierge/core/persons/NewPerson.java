package dev.concierge.core.persons;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.time.LocalDate;
import java.time.ZoneId;

/** What creating a person takes. A null timezone means the organization's default. */
public record NewPerson(
    String fullName,
    String preferredName,
    PersonType personType,
    LocalDate birthday,
    ZoneId timezone,
    @WireName("metadata_jsonb") Metadata metadata) {

  /** A client in {@code timezone} (null: the organization's default zone). */
  public static NewPerson client(String fullName, ZoneId timezone) {
    return new NewPerson(fullName, null, PersonType.CLIENT, null, timezone, Metadata.EMPTY);
  }
}
