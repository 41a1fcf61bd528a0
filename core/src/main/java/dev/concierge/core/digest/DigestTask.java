package dev.concierge.core.digest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An open task of an open project of one of the digest's clients.
 *
 * @param dueDate may be null
 */
public record DigestTask(
    UUID taskId,
    UUID projectId,
    UUID personId,
    String personName,
    String projectTitle,
    String title,
    LocalDate dueDate) {
  public DigestTask {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(personName, "personName");
    Objects.requireNonNull(projectTitle, "projectTitle");
    Objects.requireNonNull(title, "title");
  }
}
