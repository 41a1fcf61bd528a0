package dev.concierge.core.dashboard;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model behind a person's dashboard, upcoming dates and activity. Each method works within
 * one organization; deleted persons, dates and catalogue entries are left out as their stores leave
 * them out. Implementations are thread-safe.
 */
public interface DashboardStore {
  /**
   * The person and every widget at {@code now}, in one read: their {@code widgetSize} latest
   * conversations (by their last message), next dates from their today (in their zone), active
   * projects (by priority, then due date), latest recommendations, and how many of each there are.
   * Empty when the person belongs to another organization or was deleted.
   */
  Optional<Dashboard> find(UUID orgId, UUID personId, Instant now, int widgetSize);

  /** The person's live dates that have a next occurrence, soonest first (then by id). */
  List<ScheduledDate> scheduledDates(UUID orgId, UUID personId);

  /**
   * The organization's live dates of live persons that may occur from {@code from} to {@code to} (a
   * span of at most a year): the one-off ones dated within, and the recurring ones that have a next
   * occurrence and began by {@code to} — of those with the plain rule {@code FREQ=YEARLY}, which
   * fall on their own month and day, only those whose month and day lie in the span (and those of
   * 29 February, which fall on the 28th in common years). Most dates are such yearly ones
   * (birthdays, anniversaries, renewals), so a month reads a twelfth of them. By person name, then
   * person id, then date id.
   */
  List<ClientDate> datesBetween(UUID orgId, LocalDate from, LocalDate to);

  /**
   * The person's timeline, newest first (then by type and id): messages, projects and tasks created
   * and completed, dates added, reminders sent or failed for good.
   */
  Page<ActivityEntry> activity(UUID orgId, UUID personId, PageRequest page);
}
