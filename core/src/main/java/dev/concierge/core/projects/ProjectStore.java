package dev.concierge.core.projects;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import java.util.Optional;
import java.util.UUID;

/**
 * Where projects and their tasks are kept. Each method works within one organization: another
 * organization's project or task is neither found, listed nor changed. A project's {@code
 * completedAt} follows its status (set when it first becomes completed, kept while it stays so,
 * cleared when it leaves it), and so does a task's. Implementations are thread-safe.
 */
public interface ProjectStore {
  Optional<Project> find(UUID orgId, UUID projectId);

  /**
   * Newest first (then by id); {@code personId}, {@code status} and {@code matching} (the words of
   * the title or description, as search finds them) narrow it when not null. With {@code matching}
   * the total is counted only up to {@link Page#COUNTED_UP_TO} past the page's start ({@link
   * Page#countReachedBound}).
   */
  Page<Project> list(
      UUID orgId, UUID personId, ProjectStatus status, SearchText matching, PageRequest page);

  /**
   * One page of the organization's projects in a status, as {@link #list} orders them, with the
   * total counted only up to {@link Page#COUNTED_UP_TO} past the page's start (the portal's home).
   */
  default Page<Project> inStatus(UUID orgId, ProjectStatus status, PageRequest page) {
    return list(orgId, null, status, null, page).countedUpTo(page);
  }

  /**
   * Adds the project or replaces the one with its id, and returns it as stored (with its times).
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's
   */
  Project save(Project project);

  /**
   * Soft-deletes the project and its tasks at once: none of them is found, listed or changed again.
   * False when the organization has no such project (or it was deleted already).
   */
  boolean delete(UUID orgId, UUID projectId);

  /** The task, when it belongs to that project. */
  Optional<Task> findTask(UUID orgId, UUID projectId, UUID taskId);

  /** A project's tasks by position, then as they were added. */
  Page<Task> listTasks(UUID orgId, UUID projectId, PageRequest page);

  /**
   * Adds the task or replaces the one with its id, and returns it as stored (with its times).
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is a task of another project or
   *     organization
   */
  Task saveTask(Task task);

  /** Removes the task for good; false when that project has no such task. */
  boolean deleteTask(UUID orgId, UUID projectId, UUID taskId);
}
