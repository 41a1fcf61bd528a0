package dev.concierge.core.ports;

import dev.concierge.core.dashboard.DashboardWidgets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The dashboard's widgets of a person, at most {@code limit} entries each, in one round trip:
 * recent conversations, dates whose next occurrence is on or after {@code today} (days_until is
 * counted from it), active projects (new, in progress), recent recommendations, and the counts.
 */
public interface LoadDashboardPort {
  DashboardWidgets loadDashboard(UUID orgId, UUID personId, LocalDate today, int limit);
}
