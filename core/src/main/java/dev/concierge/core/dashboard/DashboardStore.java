package dev.concierge.core.dashboard;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model behind a person's dashboard, upcoming dates and activity. Each method works within
 * one organization; deleted persons, dates and catalogue entries are left out as their stores leave
 * them out. Implementations are thread-safe.
 */
public interface DashboardStore {
  /** {@link #yearlyBetween} counts up to this many; more are not counted. */
  int COUNTED_UP_TO = 1_000;

  /**
   * {@link #yearlyBetween} with {@link DaysAhead} (each person's next days: the portal's week)
   * counts up to this many. Below the few hundred rows PostgreSQL expects such a window to hold, it
   * walks the day index in order and stops at the bound (55 ms on 100,000 clients); at 1,000 it
   * reads and joins every date of the span instead (1.2 s), since it cannot tell how many rows each
   * person's zone lets through.
   */
  int DAYS_AHEAD_COUNTED_UP_TO = 200;

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
   * {@link #scheduledDates} of several live persons in one read, each date with its person: each
   * person's together, soonest first (then by id). Deleted persons and those of other organizations
   * are left out.
   */
  List<ClientDate> scheduledDatesOf(UUID orgId, Collection<UUID> personIds);

  /**
   * The organization's live dates of live persons that may occur from {@code from} to {@code to} (a
   * span of at most a year), other than the plain yearly ones {@link #yearlyBetween} reads: the
   * one-off ones dated within, and the recurring ones that have a next occurrence and began by
   * {@code to} whose rule is not the plain {@code FREQ=YEARLY}, or which fall on 29 February when
   * the span holds a 28 or 29 February (they fall on the 28th in common years, or not at all). By
   * person name, then person id, then date id.
   */
  List<ClientDate> datesBetween(UUID orgId, LocalDate from, LocalDate to);

  /**
   * The organization's live plain yearly dates (rule {@code FREQ=YEARLY}, not on 29 February) of
   * live persons, with a next occurrence, whose month and day fall from {@code from} to {@code to}
   * (a span shorter than a year, so each falls once) on or after the date itself: the first {@code
   * limit} by that occurrence, then person name, title, person id and date id, and how many there
   * are, counted up to {@link #COUNTED_UP_TO} (a total of that many means at least as many; with
   * {@code ahead}, up to {@link #DAYS_AHEAD_COUNTED_UP_TO}). Most of an organization's dates are
   * such (birthdays, anniversaries, renewals), so this is read by month and day in order and never
   * whole.
   *
   * @param ahead when not null, only the occurrences from each person's today (in their zone) to
   *     {@code ahead.days()} days later
   */
  Page<ClientDate> yearlyBetween(
      UUID orgId, LocalDate from, LocalDate to, DaysAhead ahead, int limit);

  /** From each person's today at {@code now}, in their own zone, to {@code days} days later. */
  record DaysAhead(Instant now, int days) {}

  /** How far {@link #yearlyBetween} counts: with {@code ahead}, less far. */
  static int countedUpTo(DaysAhead ahead) {
    return ahead == null ? COUNTED_UP_TO : DAYS_AHEAD_COUNTED_UP_TO;
  }

  /**
   * The person's timeline, newest first (then by type and id): messages, projects and tasks created
   * and completed, dates added, reminders sent or failed for good.
   */
  Page<ActivityEntry> activity(UUID orgId, UUID personId, PageRequest page);
}
