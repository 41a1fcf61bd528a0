package dev.concierge.core.ports;

import dev.concierge.core.model.Project;
import dev.concierge.core.model.ProjectStatus;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListProjectsPort {
  /** Newest first; personId and status narrow the list when not null. */
  Page<Project> listProjects(UUID orgId, UUID personId, ProjectStatus status, PageRequest page);
}
