package dev.concierge.core.ports;

import dev.concierge.core.projects.Project;
import java.util.Optional;
import java.util.UUID;

public interface LoadProjectPort {
  Optional<Project> loadProject(UUID orgId, UUID projectId);
}
