package dev.concierge.core.proactive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the daily check-ins are claimed, their clients found and what was sent kept. Shared by
 * every instance of the service: the claim is what keeps two instances from running one
 * organization's day twice. Implementations are thread-safe.
 */
public interface CheckInStore {
  /** Every organization, with the latest local day a run was claimed for. */
  List<CheckInOrganization> organizations();

  /**
   * Claims the run's day for its instance: true for exactly one claim of an organization's day,
   * however many instances try at once; false for every other, then and later.
   */
  boolean claim(CheckInRun run, Instant startedAt);

  /**
   * The clients of the organization to check in with at {@code now}, as {@code settings} say:
   * clients with a primary identity and a live date whose next occurrence is within {@code
   * daysAhead} days of their own today, who have written or been written to (inbound or outbound,
   * not staff notes) in none of their conversations for {@code quietDays} days; nearest date first
   * (then by person id), at most {@code dailyLimit}, each with every date in the window, nearest
   * first. The channel is the client's primary identity's, preferring slack, email, sms, phone and
   * web in that order.
   */
  List<CheckInCandidate> candidates(UUID orgId, Instant now, CheckInSettings settings);

  /**
   * Keeps a sent check-in as an outbound message of the client's latest active conversation on its
   * channel (started for it when there is none), which keeps the client quiet from then on. A
   * provider message id the conversation holds already names this very message: recorded once.
   */
  void record(SentCheckIn checkIn);

  /** Records how the claimed run ended: when, and its candidates, sent and failed counts. */
  void finish(CheckInRun run, Instant finishedAt, CheckInReport report);
}
