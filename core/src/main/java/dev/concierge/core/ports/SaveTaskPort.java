package dev.concierge.core.ports;

import dev.concierge.core.projects.Task;

public interface SaveTaskPort {
  /** Inserts or updates; completed_at follows the status. */
  Task saveTask(Task task);
}
