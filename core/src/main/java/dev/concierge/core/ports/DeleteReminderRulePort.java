package dev.concierge.core.ports;

import java.util.UUID;

/** Soft-deletes a reminder rule; false when there is no such live rule. */
public interface DeleteReminderRulePort {
  boolean deleteReminderRule(UUID orgId, UUID reminderRuleId);
}
