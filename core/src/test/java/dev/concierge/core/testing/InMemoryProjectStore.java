package dev.concierge.core.testing;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.search.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ProjectStore} in maps, for fast tests of the rules; held to PostgreSQL's by the contract.
 * It does not check that persons and accounts a project names exist: the use cases do that first.
 */
public final class InMemoryProjectStore implements ProjectStore {
  private final Map<UUID, Project> projects = new ConcurrentHashMap<>();
  private final Map<UUID, Task> tasks = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryProjectStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Project> find(UUID orgId, UUID projectId) {
    return Optional.ofNullable(projects.get(projectId)).filter(p -> p.orgId().equals(orgId));
  }

  @Override
  public Page<Project> list(
      UUID orgId, UUID personId, ProjectStatus status, SearchText matching, PageRequest page) {
    return Pages.of(
        projects.values().stream()
            .filter(p -> p.orgId().equals(orgId))
            .filter(p -> Words.holds(matching, p.title(), p.description()))
            .filter(p -> personId == null || p.personId().equals(personId))
            .filter(p -> status == null || p.status() == status)
            .sorted(
                Comparator.comparing(Project::createdAt)
                    .reversed()
                    .thenComparing(Project::projectId))
            .toList(),
        page);
  }

  @Override
  public synchronized Project save(Project project) {
    Project existing = projects.get(project.projectId());
    if (existing != null && !existing.orgId().equals(project.orgId())) {
      throw new NotFoundException("project", project.projectId());
    }
    Instant now = clock.instant();
    Project stored =
        project.stored(
            completedAt(
                project.status() == ProjectStatus.COMPLETED,
                existing == null ? null : existing.completedAt(),
                now),
            existing == null ? now : existing.createdAt(),
            now);
    projects.put(stored.projectId(), stored);
    return stored;
  }

  @Override
  public synchronized boolean delete(UUID orgId, UUID projectId) {
    if (find(orgId, projectId).isEmpty()) {
      return false;
    }
    projects.remove(projectId);
    tasks.values().removeIf(t -> t.projectId().equals(projectId));
    return true;
  }

  @Override
  public Optional<Task> findTask(UUID orgId, UUID projectId, UUID taskId) {
    return Optional.ofNullable(tasks.get(taskId))
        .filter(t -> t.orgId().equals(orgId) && t.projectId().equals(projectId));
  }

  @Override
  public Page<Task> listTasks(UUID orgId, UUID projectId, PageRequest page) {
    return Pages.of(
        tasks.values().stream()
            .filter(t -> t.orgId().equals(orgId) && t.projectId().equals(projectId))
            .sorted(
                Comparator.comparingInt(Task::position)
                    .thenComparing(Task::createdAt)
                    .thenComparing(Task::taskId))
            .toList(),
        page);
  }

  @Override
  public synchronized Task saveTask(Task task) {
    if (find(task.orgId(), task.projectId()).isEmpty()) {
      // as PostgreSQL's foreign key refuses it
      throw new ValidationException("project_id", "does not exist");
    }
    Task existing = tasks.get(task.taskId());
    if (existing != null
        && !(existing.orgId().equals(task.orgId())
            && existing.projectId().equals(task.projectId()))) {
      throw new NotFoundException("task", task.taskId());
    }
    Instant now = clock.instant();
    Task stored =
        task.stored(
            completedAt(
                task.status() == TaskStatus.COMPLETED,
                existing == null ? null : existing.completedAt(),
                now),
            existing == null ? now : existing.createdAt(),
            now);
    tasks.put(stored.taskId(), stored);
    return stored;
  }

  @Override
  public boolean deleteTask(UUID orgId, UUID projectId, UUID taskId) {
    return findTask(orgId, projectId, taskId).map(t -> tasks.remove(taskId) != null).orElse(false);
  }

  /** Every project of the person, in no particular order. */
  public List<Project> projectsOf(UUID orgId, UUID personId) {
    return projects.values().stream()
        .filter(p -> p.orgId().equals(orgId) && p.personId().equals(personId))
        .toList();
  }

  /** Every task of the project, in no particular order. */
  public List<Task> tasksOf(UUID orgId, UUID projectId) {
    return tasks.values().stream()
        .filter(t -> t.orgId().equals(orgId) && t.projectId().equals(projectId))
        .toList();
  }

  /** Set when it first becomes completed, kept while it stays so, cleared when it leaves it. */
  private static Instant completedAt(boolean completed, Instant before, Instant now) {
    if (!completed) {
      return null;
    }
    return before != null ? before : now;
  }
}
