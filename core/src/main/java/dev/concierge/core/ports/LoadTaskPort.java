package dev.concierge.core.ports;

import dev.concierge.core.projects.Task;
import java.util.Optional;
import java.util.UUID;

public interface LoadTaskPort {
  Optional<Task> loadTask(UUID orgId, UUID projectId, UUID taskId);
}
