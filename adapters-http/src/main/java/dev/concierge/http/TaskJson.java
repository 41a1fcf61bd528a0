package dev.concierge.http;

import dev.concierge.core.model.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as the API shows it. */
record TaskJson(
    UUID taskId,
    UUID orgId,
    UUID projectId,
    String title,
    String description,
    String status,
    int position,
    LocalDate dueDate,
    UUID assignedToAccountId,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt) {

  static TaskJson of(Task t) {
    return new TaskJson(
        t.taskId(),
        t.orgId(),
        t.projectId(),
        t.title(),
        t.description(),
        t.status().wireName(),
        t.position(),
        t.dueDate(),
        t.assignedToAccountId(),
        t.completedAt(),
        t.createdAt(),
        t.updatedAt());
  }
}
