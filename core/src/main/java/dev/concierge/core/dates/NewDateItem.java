package dev.concierge.core.dates;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What creating a date item takes, with the reminders to create with it (their person and date item
 * are the new item's). A null leap-day policy is feb_28.
 */
public record NewDateItem(
    UUID personId,
    UUID categoryId,
    UUID relatedPersonId,
    String title,
    LocalDate dateValue,
    String recurrenceRule,
    LeapDayPolicy leapDayPolicy,
    String notes,
    @WireName("metadata_jsonb") Metadata metadata,
    List<NewReminder> reminderRules) {

  public NewDateItem {
    reminderRules = reminderRules == null ? List.of() : List.copyOf(reminderRules);
  }

  /** A date that comes back every year on {@code date}'s day (a birthday, an anniversary). */
  public static NewDateItem yearly(
      UUID personId, String title, LocalDate date, NewReminder... reminders) {
    return new NewDateItem(
        personId,
        null,
        null,
        title,
        date,
        "FREQ=YEARLY",
        null,
        null,
        Metadata.EMPTY,
        List.of(reminders));
  }
}
