package dev.concierge.core.ports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Claims an organization's check-in run for one of its local days, for the whole cluster: of any
 * number of instances claiming the same day, at once or later, exactly one is told true.
 */
public interface ClaimCheckInDayPort {
  boolean claimCheckInDay(UUID orgId, LocalDate runDate, String claimedBy, Instant startedAt);
}
