package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskChanges;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.web.view.ProjectView;
import dev.concierge.web.view.TaskItem;
import java.util.List;
import java.util.UUID;

/** A project and its tasks; ticking one off (or reopening it) is a form, swapped in by htmx. */
final class ProjectPage {
  private final UseCases api;

  ProjectPage(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/projects/{project_id}", Access.READ, this::show),
        PortalRoute.post("/projects/{project_id}/tasks/{task_id}", Access.WRITE, this::tick));
  }

  private void show(Visit visit) {
    Project project = api.projects().get(visit.caller(), visit.pathId("project_id"));
    List<Task> tasks =
        api.projects().tasks(visit.caller(), project.projectId(), new PageRequest(0, 500)).items();
    visit.page(
        "project.jte",
        project.title(),
        "clients",
        new ProjectView(project, api.persons().get(visit.caller(), project.personId()), tasks));
  }

  private void tick(Visit visit) {
    UUID projectId = visit.pathId("project_id");
    UUID taskId = visit.pathId("task_id");
    TaskStatus status =
        "true".equals(visit.form("done")) ? TaskStatus.COMPLETED : TaskStatus.PENDING;
    Task task =
        api.projects()
            .updateTask(
                visit.caller(),
                projectId,
                taskId,
                new TaskChanges(
                    FieldChange.unchanged(),
                    FieldChange.unchanged(),
                    FieldChange.to(status),
                    FieldChange.unchanged(),
                    FieldChange.unchanged(),
                    FieldChange.unchanged()));
    if (visit.ctx().header("HX-Request") != null) {
      visit.fragment("task_item.jte", new TaskItem(task));
    } else {
      visit.redirect("/projects/" + projectId);
    }
  }
}
