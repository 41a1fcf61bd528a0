package dev.concierge.core.reminders.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A lead-time reminder rule as the scheduler sees it.
 *
 * @param scheduledAt when the current cycle fires; null when never computed
 * @param occurrence the occurrence the current cycle reminds about; null when never computed
 * @param sent the current cycle was delivered
 * @param failed the current cycle failed for good
 * @param claimed a dispatcher holds a live lease on it right now: leave it alone
 * @param version optimistic-concurrency token of the stored row
 */
public record LeadTimeReminder(
    UUID reminderRuleId,
    int leadTimeDays,
    Instant scheduledAt,
    LocalDate occurrence,
    boolean sent,
    boolean failed,
    boolean claimed,
    long version) {

  public LeadTimeReminder {
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
  }

  /** The current cycle is over, delivered or given up on. */
  public boolean cycleClosed() {
    return sent || failed;
  }
}
