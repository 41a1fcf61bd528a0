package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.model.Project;
import dev.concierge.core.model.ProjectStatus;
import dev.concierge.core.model.Task;
import dev.concierge.core.model.TaskStatus;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.projects.ProjectChanges;
import dev.concierge.core.projects.TaskChanges;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/** /api/v1/projects and their tasks, nested under the project they belong to. */
final class ProjectsController {
  private static final String TASKS = "/api/v1/projects/{project_id}/tasks";

  private final ProjectBoard projects;
  private final ObjectMapper json;

  ProjectsController(ProjectBoard projects, ObjectMapper json) {
    this.projects = projects;
    this.json = json;
  }

  List<Operation> operations() {
    String task = TASKS + "/{task_id}";
    return List.of(
        Operation.get("/api/v1/projects", "listProjects", Access.READ, this::list),
        Operation.post("/api/v1/projects", "createProject", Access.WRITE, this::create),
        Operation.get("/api/v1/projects/{project_id}", "getProject", Access.READ, this::get),
        Operation.put("/api/v1/projects/{project_id}", "updateProject", Access.WRITE, this::update),
        Operation.get(TASKS, "listTasks", Access.READ, this::tasks),
        Operation.post(TASKS, "createTask", Access.WRITE, this::addTask),
        Operation.get(task, "getTask", Access.READ, this::task),
        Operation.put(task, "updateTask", Access.WRITE, this::updateTask),
        Operation.delete(task, "deleteTask", Access.WRITE, this::deleteTask));
  }

  private void list(Context ctx) {
    UUID personId = Params.queryUuid(ctx, "person_id");
    ProjectStatus status =
        Params.queryEnum(
            ctx,
            "status",
            ProjectStatus::fromWireName,
            ProjectStatus.values(),
            ProjectStatus::wireName);
    Responses.page(
        ctx,
        projects
            .list(Authentication.caller(ctx), personId, status, Params.page(ctx))
            .map(ProjectJson::of));
  }

  private void get(Context ctx) {
    ctx.json(
        ProjectJson.of(
            projects.get(Authentication.caller(ctx), Params.pathUuid(ctx, "project_id"))));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    NewProject project =
        new NewProject(
            body.uuid("person_id"),
            body.string("title"),
            body.string("description"),
            status(body),
            body.integer("priority"),
            body.date("due_date"),
            body.uuid("assigned_to_account_id"),
            body.object("metadata_jsonb"));
    body.validate();
    Project created = projects.create(caller, project);
    Responses.created(ctx, "/api/v1/projects/" + created.projectId(), ProjectJson.of(created));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID id = Params.pathUuid(ctx, "project_id");
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    ProjectChanges changes =
        new ProjectChanges(
            body.change("person_id", body::uuid),
            body.change("title", body::string),
            body.change("description", body::string),
            body.change("status", f -> status(body)),
            body.change("priority", body::integer),
            body.change("due_date", body::date),
            body.change("assigned_to_account_id", body::uuid),
            body.change("metadata_jsonb", body::object));
    body.validate();
    ctx.json(ProjectJson.of(projects.update(caller, id, changes)));
  }

  private void tasks(Context ctx) {
    Responses.page(
        ctx,
        projects
            .tasks(Authentication.caller(ctx), Params.pathUuid(ctx, "project_id"), Params.page(ctx))
            .map(TaskJson::of));
  }

  private void task(Context ctx) {
    ctx.json(
        TaskJson.of(
            projects.task(
                Authentication.caller(ctx),
                Params.pathUuid(ctx, "project_id"),
                Params.pathUuid(ctx, "task_id"))));
  }

  private void addTask(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID projectId = Params.pathUuid(ctx, "project_id");
    JsonBody body = JsonBody.read(ctx, json);
    NewTask task =
        new NewTask(
            body.string("title"),
            body.string("description"),
            taskStatus(body),
            body.integer("position"),
            body.date("due_date"),
            body.uuid("assigned_to_account_id"));
    body.validate();
    Task created = projects.addTask(caller, projectId, task);
    Responses.created(
        ctx, "/api/v1/projects/" + projectId + "/tasks/" + created.taskId(), TaskJson.of(created));
  }

  private void updateTask(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID projectId = Params.pathUuid(ctx, "project_id");
    UUID taskId = Params.pathUuid(ctx, "task_id");
    JsonBody body = JsonBody.read(ctx, json);
    TaskChanges changes =
        new TaskChanges(
            body.change("title", body::string),
            body.change("description", body::string),
            body.change("status", f -> taskStatus(body)),
            body.change("position", body::integer),
            body.change("due_date", body::date),
            body.change("assigned_to_account_id", body::uuid));
    body.validate();
    ctx.json(TaskJson.of(projects.updateTask(caller, projectId, taskId, changes)));
  }

  private void deleteTask(Context ctx) {
    projects.deleteTask(
        Authentication.caller(ctx),
        Params.pathUuid(ctx, "project_id"),
        Params.pathUuid(ctx, "task_id"));
    Responses.deleted(ctx);
  }

  private static ProjectStatus status(JsonBody body) {
    return body.enumeration(
        "status", ProjectStatus::fromWireName, ProjectStatus.values(), ProjectStatus::wireName);
  }

  private static TaskStatus taskStatus(JsonBody body) {
    return body.enumeration(
        "status", TaskStatus::fromWireName, TaskStatus.values(), TaskStatus::wireName);
  }
}
