package dev.concierge.core.ports;

import dev.concierge.core.projects.Project;

public interface SaveProjectPort {
  /** Inserts or updates; completed_at follows the status. */
  Project saveProject(Project project);
}
