package dev.concierge.core.ports;

import dev.concierge.core.dashboard.ActivityEntry;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

/** A person's timeline, newest first. */
public interface ListActivityPort {
  Page<ActivityEntry> listActivity(UUID orgId, UUID personId, PageRequest page);
}
