package dev.concierge.core.testing;

import dev.concierge.core.reminders.ReminderRule;
import java.time.Instant;

/** Reminder rules as the dispatcher leaves them, for tests that start from there. */
public final class TestReminders {
  private TestReminders() {}

  /** The rule's current cycle delivered at its time, on the first attempt. */
  public static ReminderRule sent(ReminderRule rule) {
    return closed(rule, rule.scheduledAt(), null);
  }

  /** The rule's current cycle given up on at its time, after one attempt. */
  public static ReminderRule failed(ReminderRule rule) {
    return closed(rule, null, rule.scheduledAt());
  }

  private static ReminderRule closed(ReminderRule rule, Instant sentAt, Instant failedAt) {
    return new ReminderRule(
        rule.reminderRuleId(),
        rule.orgId(),
        rule.personId(),
        rule.dateItemId(),
        rule.commIdentityId(),
        rule.channelType(),
        rule.reminderType(),
        rule.leadTimeDays(),
        rule.scheduledAt(),
        rule.occurrenceDate(),
        sentAt,
        failedAt,
        rule.pausedAt(),
        1,
        rule.metadata(),
        rule.zone(),
        rule.createdAt(),
        rule.updatedAt());
  }
}
