package dev.concierge.http;

import dev.concierge.core.projects.Project;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    OffsetDateTime completedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static ProjectJson of(Project p, ZoneId zone) {
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
        Instants.at(p.completedAt(), zone),
        Instants.at(p.createdAt(), zone),
        Instants.at(p.updatedAt(), zone));
  }
}
