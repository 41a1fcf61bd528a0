package dev.concierge.http;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemDetails;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A date item as the API shows it, with its reminder rules. */
record DateItemJson(
    UUID dateItemId,
    UUID orgId,
    UUID personId,
    UUID relatedPersonId,
    UUID categoryId,
    String title,
    LocalDate dateValue,
    String recurrenceRule,
    String leapDayPolicy,
    LocalDate nextOccurrence,
    String notes,
    Map<String, Object> metadataJsonb,
    List<ReminderRuleJson> reminderRules,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static DateItemJson of(DateItemDetails details, ZoneId zone) {
    DateItem d = details.item();
    return new DateItemJson(
        d.dateItemId(),
        d.orgId(),
        d.personId(),
        d.relatedPersonId(),
        d.categoryId(),
        d.title(),
        d.dateValue(),
        d.recurrenceRule(),
        d.leapDayPolicy().name().toLowerCase(Locale.ROOT),
        d.nextOccurrence(),
        d.notes(),
        d.metadata().values(),
        details.reminders().stream().map(ReminderRuleJson::of).toList(),
        Instants.at(d.createdAt(), zone),
        Instants.at(d.updatedAt(), zone));
  }
}
