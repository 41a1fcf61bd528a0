package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a reminder's wording may draw on, gathered by the dispatcher before composing.
 *
 * @param orgId the organization whose reminder it is: its roster says how the reminder agent words
 *     it
 * @param personName how to address the recipient (preferred name, else full name)
 * @param dateTitle the date item's title, e.g. "Mom's birthday"; null for a standalone reminder
 * @param categoryName e.g. "Birthday"; may be null
 * @param occurrenceDate the occurrence reminded about; null for a standalone reminder
 * @param daysUntil days from the recipient's today to the occurrence; null without one
 * @param notes the date item's notes, or for a standalone reminder what it is for (its metadata's
 *     "action"); may be null
 * @param relatedPersonName the family member the date is about, when there is one
 */
public record ReminderContext(
    UUID orgId,
    String personName,
    ZoneId zone,
    ChannelType channel,
    String dateTitle,
    String categoryName,
    LocalDate occurrenceDate,
    Integer daysUntil,
    String notes,
    String relatedPersonName) {

  public ReminderContext {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(channel, "channel");
  }
}
