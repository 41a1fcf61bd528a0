package dev.concierge.web.view;

import dev.concierge.core.persons.Person;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import java.util.List;

/** A project with its tasks to tick off. */
public record ProjectView(Project project, Person person, List<Task> tasks) {
  public long done() {
    return tasks.stream().filter(ProjectView::isDone).count();
  }

  public static boolean isDone(Task task) {
    return task.status() == TaskStatus.COMPLETED;
  }
}
