package dev.concierge.core.dashboard;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model behind a person's dashboard, upcoming dates and activity. Implementations are
 * thread-safe.
 */
public interface DashboardStore {
  /** Empty when the person belongs to another organization or was deleted. */
  Optional<Dashboard> loadDashboard(UUID orgId, UUID personId, Instant now, int limit);

  List<ScheduledDate> listScheduledDates(UUID orgId, UUID personId);

  Page<ActivityEntry> listActivity(UUID orgId, UUID personId, PageRequest page);
}
