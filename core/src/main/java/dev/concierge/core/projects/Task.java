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
}
