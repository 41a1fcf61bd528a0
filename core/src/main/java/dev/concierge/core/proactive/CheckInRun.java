package dev.concierge.core.proactive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One organization's check-in run of one local day, as the instance that claimed it names it.
 *
 * @param claimedBy the id of the instance running it
 */
public record CheckInRun(UUID orgId, LocalDate runDate, String claimedBy) {
  public CheckInRun {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(claimedBy, "claimedBy");
  }
}
