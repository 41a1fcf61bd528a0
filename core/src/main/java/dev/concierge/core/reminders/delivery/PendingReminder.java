package dev.concierge.core.reminders.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder that is due and not yet sent or failed, as an operator sees it.
 *
 * @param nextAttemptAt when a reminder that failed transiently is tried again; null otherwise
 * @param claimedBy the dispatcher holding it now, if any
 */
public record PendingReminder(
    UUID reminderRuleId,
    UUID orgId,
    Instant scheduledAt,
    int attemptCount,
    Instant nextAttemptAt,
    String claimedBy) {}
