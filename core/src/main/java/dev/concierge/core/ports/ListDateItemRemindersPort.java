package dev.concierge.core.ports;

import dev.concierge.core.reminders.ReminderRule;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The live reminder rules of some date items, in one query. */
public interface ListDateItemRemindersPort {
  List<ReminderRule> listDateItemReminders(UUID orgId, Collection<UUID> dateItemIds);
}
