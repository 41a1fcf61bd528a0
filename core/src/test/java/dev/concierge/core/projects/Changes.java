package dev.concierge.core.projects;

import dev.concierge.core.model.FieldChange;
import java.util.UUID;

/** Partial updates of projects and tasks that change one field, for the tests. */
public final class Changes {
  private Changes() {}

  public static ProjectChanges status(ProjectStatus status) {
    return project(FieldChange.unchanged(), FieldChange.to(status), FieldChange.unchanged());
  }

  public static ProjectChanges title(String title) {
    return project(FieldChange.to(title), FieldChange.unchanged(), FieldChange.unchanged());
  }

  /** A new title and (the same or another) assignee. */
  public static ProjectChanges titleAndAssignee(String title, UUID assignee) {
    return project(FieldChange.to(title), FieldChange.unchanged(), FieldChange.to(assignee));
  }

  public static TaskChanges taskStatus(TaskStatus status) {
    return task(FieldChange.unchanged(), FieldChange.to(status), FieldChange.unchanged());
  }

  public static TaskChanges taskTitleAndPosition(String title, Integer position) {
    return task(FieldChange.to(title), FieldChange.unchanged(), FieldChange.to(position));
  }

  public static TaskChanges taskPosition(int position) {
    return task(FieldChange.unchanged(), FieldChange.unchanged(), FieldChange.to(position));
  }

  private static ProjectChanges project(
      FieldChange<String> title, FieldChange<ProjectStatus> status, FieldChange<UUID> assignee) {
    return new ProjectChanges(
        FieldChange.unchanged(),
        title,
        FieldChange.unchanged(),
        status,
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        assignee,
        FieldChange.unchanged());
  }

  private static TaskChanges task(
      FieldChange<String> title, FieldChange<TaskStatus> status, FieldChange<Integer> position) {
    return new TaskChanges(
        title,
        FieldChange.unchanged(),
        status,
        position,
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }
}
