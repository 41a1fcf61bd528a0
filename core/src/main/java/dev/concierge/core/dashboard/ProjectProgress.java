package dev.concierge.core.dashboard;

import dev.concierge.core.projects.ProjectStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An active project and how far along it is; cancelled tasks do not count.
 *
 * @param completionPercentage completed of total tasks, rounded down; 0 without tasks
 */
public record ProjectProgress(
    UUID projectId,
    String title,
    ProjectStatus status,
    int priority,
    LocalDate dueDate,
    long totalTasks,
    long completedTasks,
    int completionPercentage) {

  /** The progress of a project with {@code completedTasks} of {@code totalTasks} done. */
  public static ProjectProgress of(
      UUID projectId,
      String title,
      ProjectStatus status,
      int priority,
      LocalDate dueDate,
      long totalTasks,
      long completedTasks) {
    return new ProjectProgress(
        projectId,
        title,
        status,
        priority,
        dueDate,
        totalTasks,
        completedTasks,
        totalTasks == 0 ? 0 : (int) (completedTasks * 100 / totalTasks));
  }
}
