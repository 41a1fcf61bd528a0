package dev.concierge.core.dates;

import dev.concierge.core.reminders.ReminderRule;
import java.util.List;
import java.util.Objects;

/** A date item with its live reminder rules. */
public record DateItemDetails(DateItem item, List<ReminderRule> reminders) {
  public DateItemDetails {
    Objects.requireNonNull(item, "item");
    reminders = List.copyOf(reminders);
  }
}
