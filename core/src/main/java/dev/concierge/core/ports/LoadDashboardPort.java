package dev.concierge.core.ports;

import dev.concierge.core.dashboard.Dashboard;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A person and their dashboard's widgets, at most {@code limit} entries each, in one round trip:
 * recent conversations, dates whose next occurrence is on or after the person's today at {@code
 * now} in their zone (days_until is counted from it), active projects (new, in progress), recent
 * recommendations, and the counts.
 */
public interface LoadDashboardPort {
  /** Empty when the person belongs to another organization or was deleted. */
  Optional<Dashboard> loadDashboard(UUID orgId, UUID personId, Instant now, int limit);
}
