package dev.concierge.core.ports;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Task;
import java.util.UUID;

public interface ListTasksPort {
  /** In position order. */
  Page<Task> listTasks(UUID orgId, UUID projectId, PageRequest page);
}
