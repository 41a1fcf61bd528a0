package dev.concierge.core.ports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Marks a claimed check-in run finished, with its counts. */
public interface FinishCheckInRunPort {
  void finishCheckInRun(
      UUID orgId,
      LocalDate runDate,
      String claimedBy,
      Instant finishedAt,
      int candidates,
      int sent,
      int failed);
}
