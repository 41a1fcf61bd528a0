package dev.concierge.core.ports;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import java.util.UUID;

/**
 * Live reminder rules by scheduled time (unscheduled last), then id; each non-null filter narrows.
 */
public interface ListReminderRulesPort {
  Page<ReminderRule> listReminderRules(
      UUID orgId, UUID personId, UUID dateItemId, ReminderStatus status, PageRequest page);
}
