package dev.concierge.core.ports;

import dev.concierge.core.reminders.ReminderRule;
import java.util.Optional;
import java.util.UUID;

/** A live (not deleted) reminder rule of an organization. */
public interface LoadReminderRulePort {
  Optional<ReminderRule> loadReminderRule(UUID orgId, UUID reminderRuleId);
}
