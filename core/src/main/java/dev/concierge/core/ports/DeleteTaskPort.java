package dev.concierge.core.ports;

import java.util.UUID;

public interface DeleteTaskPort {
  boolean deleteTask(UUID orgId, UUID projectId, UUID taskId);
}
