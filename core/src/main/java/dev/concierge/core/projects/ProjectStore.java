package dev.concierge.core.projects;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Where projects and their tasks are kept. Implementations are thread-safe. */
public interface ProjectStore {
  Optional<Project> loadProject(UUID orgId, UUID projectId);

  /** Newest first; personId and status narrow the list when not null. */
  Page<Project> listProjects(UUID orgId, UUID personId, ProjectStatus status, PageRequest page);

  /** Inserts or updates; completed_at follows the status. */
  Project saveProject(Project project);

  Optional<Task> loadTask(UUID orgId, UUID projectId, UUID taskId);

  /** In position order. */
  Page<Task> listTasks(UUID orgId, UUID projectId, PageRequest page);

  /** Inserts or updates; completed_at follows the status. */
  Task saveTask(Task task);

  boolean deleteTask(UUID orgId, UUID projectId, UUID taskId);
}
