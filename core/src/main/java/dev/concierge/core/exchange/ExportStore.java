package dev.concierge.core.exchange;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.reminders.ReminderRule;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads an organization's rows for an export one by one, from one consistent snapshot, without
 * holding them all: each is handed to {@code each} as it is read. Deleted rows are left out; rows
 * come in a stable order (by id).
 */
public interface ExportStore {
  void persons(UUID orgId, Consumer<ExportedPerson> each);

  void dateItems(UUID orgId, Consumer<DateItem> each);

  void reminders(UUID orgId, Consumer<ReminderRule> each);
}
