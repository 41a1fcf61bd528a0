package dev.concierge.core.dates;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An important date of a person: a birthday, an anniversary, a renewal. {@code personId} is the
 * client whose concierge tracks it (and who is reminded); {@code relatedPersonId} the family member
 * it is about, when it is not the client's own. {@code nextOccurrence} is computed by the time
 * engine (null when a one-off date has passed).
 */
public record DateItem(
    UUID dateItemId,
    UUID orgId,
    UUID personId,
    UUID categoryId,
    UUID relatedPersonId,
    String title,
    LocalDate dateValue,
    String recurrenceRule,
    LeapDayPolicy leapDayPolicy,
    LocalDate nextOccurrence,
    String notes,
    Metadata metadata,
    Instant createdAt,
    Instant updatedAt) {

  public DateItem {
    Objects.requireNonNull(dateItemId, "dateItemId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateValue, "dateValue");
    leapDayPolicy = leapDayPolicy == null ? LeapDayPolicy.FEB_28 : leapDayPolicy;
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }
}
