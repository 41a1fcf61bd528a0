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

  /**
   * A new project of the organization, as {@code input} starts it (validated beforehand): new and
   * of priority 3 unless it says otherwise, its title without surrounding blanks.
   */
  public static Project of(UUID orgId, NewProject input) {
    return new Project(
        UUID.randomUUID(),
        orgId,
        input.personId(),
        input.title().strip(),
        input.description(),
        input.status() == null ? ProjectStatus.NEW : input.status(),
        input.priority() == null ? 3 : input.priority(),
        input.dueDate(),
        input.assignedToAccountId(),
        input.metadata(),
        null,
        null,
        null);
  }

  /** This project with {@code changes} applied (validated beforehand). */
  public Project changedBy(ProjectChanges changes) {
    return new Project(
        projectId,
        orgId,
        changes.personId().applyTo(personId),
        changes.title().applyTo(title).strip(),
        changes.description().applyTo(description),
        changes.status().applyTo(status),
        changes.priority().applyTo(priority),
        changes.dueDate().applyTo(dueDate),
        changes.assignedToAccountId().applyTo(assignedToAccountId),
        changes.metadata().applyTo(metadata),
        completedAt,
        createdAt,
        updatedAt);
  }

  /** This project as a store keeps it, with the times it was completed, created and changed. */
  public Project stored(Instant completedAt, Instant createdAt, Instant updatedAt) {
    return new Project(
        projectId,
        orgId,
        personId,
        title,
        description,
        status,
        priority,
        dueDate,
        assignedToAccountId,
        metadata,
        completedAt,
        createdAt,
        updatedAt);
  }
}
