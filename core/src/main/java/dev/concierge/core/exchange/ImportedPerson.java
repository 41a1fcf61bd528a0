package dev.concierge.core.exchange;

import dev.concierge.core.persons.PersonType;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * One checked row of a persons import: what it says about the person, and the birthday and
 * anniversary that become their yearly dates.
 *
 * @param personId the id the row names (an export's), null when none
 * @param personType null when the row leaves it blank (a new person is a client)
 * @param timezone null when the row leaves it blank (a new person takes the organization's)
 */
record ImportedPerson(
    int row,
    UUID personId,
    String externalId,
    String fullName,
    String preferredName,
    PersonType personType,
    ZoneId timezone,
    String email,
    List<YearlyDate> dates) {

  /** The birthday as a person keeps it: only when its year is known. */
  java.time.LocalDate birthday() {
    return dates.stream()
        .filter(d -> d.title().equals(PersonRows.BIRTHDAY))
        .map(YearlyDate::knownDate)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
