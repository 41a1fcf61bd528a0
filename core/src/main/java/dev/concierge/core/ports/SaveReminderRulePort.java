package dev.concierge.core.ports;

import dev.concierge.core.reminders.ReminderRule;

/**
 * Inserts or updates a reminder rule; metadata_jsonb.delivery_status is written to mirror its
 * state.
 */
public interface SaveReminderRulePort {
  ReminderRule saveReminderRule(ReminderRule rule);
}
