package dev.concierge.core.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One step of a project; {@code position} orders a project's tasks. */
public record Task(
    UUID taskId,
    UUID orgId,
    UUID projectId,
    String title,
    String description,
    TaskStatus status,
    int position,
    LocalDate dueDate,
    UUID assignedToAccountId,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt) {

  public Task {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
  }

  /**
   * A new task of the project, as {@code input} adds it (validated beforehand): pending and at
   * position 0 unless it says otherwise, its title without surrounding blanks.
   */
  public static Task of(UUID orgId, UUID projectId, NewTask input) {
    return new Task(
        UUID.randomUUID(),
        orgId,
        projectId,
        input.title().strip(),
        input.description(),
        input.status() == null ? TaskStatus.PENDING : input.status(),
        input.position() == null ? 0 : input.position(),
        input.dueDate(),
        input.assignedToAccountId(),
        null,
        null,
        null);
  }

  /** This task with {@code changes} applied (validated beforehand). */
  public Task changedBy(TaskChanges changes) {
    return new Task(
        taskId,
        orgId,
        projectId,
        changes.title().applyTo(title).strip(),
        changes.description().applyTo(description),
        changes.status().applyTo(status),
        changes.position().applyTo(position),
        changes.dueDate().applyTo(dueDate),
        changes.assignedToAccountId().applyTo(assignedToAccountId),
        completedAt,
        createdAt,
        updatedAt);
  }

  /** This task as a store keeps it, with the times it was completed, created and changed. */
  public Task stored(Instant completedAt, Instant createdAt, Instant updatedAt) {
    return new Task(
        taskId,
        orgId,
        projectId,
        title,
        description,
        status,
        position,
        dueDate,
        assignedToAccountId,
        completedAt,
        createdAt,
        updatedAt);
  }
}
