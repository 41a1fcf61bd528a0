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

  /**
   * A new item of {@code orgId}, as {@code input} (already checked) asks: its title stripped, a
   * blank recurrence rule none. Its next occurrence is the schedule's to place.
   */
  static DateItem create(UUID dateItemId, UUID orgId, NewDateItem input) {
    return new DateItem(
        dateItemId,
        orgId,
        input.personId(),
        input.categoryId(),
        input.relatedPersonId(),
        input.title().strip(),
        input.dateValue(),
        recurrenceRuleOf(input.recurrenceRule()),
        input.leapDayPolicy(),
        null,
        input.notes(),
        input.metadata(),
        null,
        null);
  }

  /**
   * This item with {@code changes} applied (a title and a date they keep), normalised as {@link
   * #create} does.
   */
  DateItem changedBy(DateItemChanges changes) {
    return new DateItem(
        dateItemId,
        orgId,
        personId,
        changes.categoryId().applyTo(categoryId),
        changes.relatedPersonId().applyTo(relatedPersonId),
        changes.title().applyTo(title).strip(),
        changes.dateValue().applyTo(dateValue),
        recurrenceRuleOf(changes.recurrenceRule().applyTo(recurrenceRule)),
        changes.leapDayPolicy().applyTo(leapDayPolicy),
        nextOccurrence,
        changes.notes().applyTo(notes),
        changes.metadata().applyTo(metadata),
        createdAt,
        updatedAt);
  }

  /**
   * This item as a store keeps it: its next occurrence as the schedule placed it, created at {@code
   * createdAt}, last changed at {@code updatedAt}.
   */
  public DateItem stored(LocalDate nextOccurrence, Instant createdAt, Instant updatedAt) {
    return new DateItem(
        dateItemId,
        orgId,
        personId,
        categoryId,
        relatedPersonId,
        title,
        dateValue,
        recurrenceRule,
        leapDayPolicy,
        nextOccurrence,
        notes,
        metadata,
        createdAt,
        updatedAt);
  }

  /** A recurrence rule as stored: stripped, and none when blank. */
  static String recurrenceRuleOf(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
