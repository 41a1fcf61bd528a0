package dev.concierge.core.proactive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where the daily check-ins are claimed, their candidates found and their messages recorded.
 * Implementations are thread-safe.
 */
public interface CheckInStore {
  List<CheckInOrganization> listCheckInOrganizations();

  boolean claimCheckInDay(UUID orgId, LocalDate runDate, String claimedBy, Instant startedAt);

  List<CheckInCandidate> listCheckInCandidates(
      UUID orgId, Instant now, int daysAhead, int quietDays, int limit);

  void recordCheckIn(SentCheckIn checkIn);

  void finishCheckInRun(
      UUID orgId,
      LocalDate runDate,
      String claimedBy,
      Instant finishedAt,
      int candidates,
      int sent,
      int failed);
}
