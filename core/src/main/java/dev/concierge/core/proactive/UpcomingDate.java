package dev.concierge.core.proactive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date that makes a client worth checking in with.
 *
 * @param title e.g. "Mom's birthday"
 * @param occurrence its next occurrence
 * @param categoryName e.g. "Birthday"; may be null
 * @param relatedPersonName the family member it is about, when there is one
 */
public record UpcomingDate(
    String title, LocalDate occurrence, String categoryName, String relatedPersonName) {
  public UpcomingDate {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(occurrence, "occurrence");
  }
}
