package dev.concierge.http;

import dev.concierge.core.projects.Task;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    OffsetDateTime completedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static TaskJson of(Task t, ZoneId zone) {
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
        Instants.at(t.completedAt(), zone),
        Instants.at(t.createdAt(), zone),
        Instants.at(t.updatedAt(), zone));
  }
}
