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
    int completionPercentage) {}
