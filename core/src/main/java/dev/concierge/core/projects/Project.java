package dev.concierge.core.projects;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Something the concierge does for a client (plan an anniversary dinner), broken into tasks. */
public record Project(
    UUID projectId,
    UUID orgId,
    UUID personId,
    String title,
    String description,
    ProjectStatus status,
    int priority,
    LocalDate dueDate,
    UUID assignedToAccountId,
    Metadata metadata,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt) {

  public Project {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    metadata = metadata == null ? Metadata.EMPTY : metadata;
  }
}
