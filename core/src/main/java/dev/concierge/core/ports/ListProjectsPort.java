package dev.concierge.core.ports;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import java.util.UUID;

public interface ListProjectsPort {
  /** Newest first; personId and status narrow the list when not null. */
  Page<Project> listProjects(UUID orgId, UUID personId, ProjectStatus status, PageRequest page);
}
