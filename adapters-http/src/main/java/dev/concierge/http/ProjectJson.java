package dev.concierge.http;

import dev.concierge.core.model.Project;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A project as the API shows it. */
record ProjectJson(
    UUID projectId,
    UUID orgId,
    UUID personId,
    String title,
    String description,
    String status,
    int priority,
    LocalDate dueDate,
    UUID assignedToAccountId,
    Map<String, Object> metadataJsonb,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt) {

  static ProjectJson of(Project p) {
    return new ProjectJson(
        p.projectId(),
        p.orgId(),
        p.personId(),
        p.title(),
        p.description(),
        p.status().wireName(),
        p.priority(),
        p.dueDate(),
        p.assignedToAccountId(),
        p.metadata().values(),
        p.completedAt(),
        p.createdAt(),
        p.updatedAt());
  }
}
