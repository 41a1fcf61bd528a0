package dev.concierge.core.ports;

import dev.concierge.core.dashboard.ScheduledDate;
import java.util.List;
import java.util.UUID;

/** A person's live date items that still have a next occurrence. */
public interface ListScheduledDatesPort {
  List<ScheduledDate> listScheduledDates(UUID orgId, UUID personId);
}
