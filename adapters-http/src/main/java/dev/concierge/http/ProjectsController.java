package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectBoard;
import dev.concierge.core.projects.ProjectChanges;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskChanges;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.search.SearchText;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** /api/v1/projects and their tasks, nested under the project they belong to. */
final class ProjectsController {
  private static final String TASKS = "/api/v1/projects/{project_id}/tasks";

  private final ProjectBoard projects;
  private final PersonZones zones;
  private final ObjectMapper json;

  ProjectsController(ProjectBoard projects, PersonZones zones, ObjectMapper json) {
    this.projects = projects;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    String task = TASKS + "/{task_id}";
    return List.of(
        Operation.get("/api/v1/projects", "listProjects", Access.READ, this::list),
        Operation.post("/api/v1/projects", "createProject", Access.WRITE, this::create),
        Operation.get("/api/v1/projects/{project_id}", "getProject", Access.READ, this::get),
        Operation.put("/api/v1/projects/{project_id}", "updateProject", Access.WRITE, this::update),
        Operation.delete(
            "/api/v1/projects/{project_id}", "deleteProject", Access.WRITE, this::delete),
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
    Caller caller = Authentication.caller(ctx);
    SearchText matching = SearchText.ofNullable(Params.query(ctx, "q"));
    PageRequest request = Params.page(ctx);
    Page<Project> page = projects.list(caller, personId, status, matching, request);
    Function<UUID, ZoneId> zone =
        zones.ofPersons(caller, page.items().stream().map(Project::personId).toList());
    Responses.page(
        ctx, page.map(p -> ProjectJson.of(p, zone.apply(p.personId()))), matching, request);
  }

  private void get(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    respond(ctx, caller, projects.get(caller, Params.pathUuid(ctx, "project_id")));
  }

  /** The project in its person's zone. */
  private void respond(Context ctx, Caller caller, Project project) {
    ctx.json(ProjectJson.of(project, zones.ofPerson(caller, project.personId())));
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
    Responses.created(
        ctx,
        "/api/v1/projects/" + created.projectId(),
        ProjectJson.of(created, zones.ofPerson(caller, created.personId())));
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
    respond(ctx, caller, projects.update(caller, id, changes));
  }

  private void delete(Context ctx) {
    projects.delete(Authentication.caller(ctx), Params.pathUuid(ctx, "project_id"));
    Responses.deleted(ctx);
  }

  /** Tasks are shown in the zone of their project's person. */
  private void tasks(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID projectId = Params.pathUuid(ctx, "project_id");
    Page<Task> page = projects.tasks(caller, projectId, Params.page(ctx));
    ZoneId zone = zones.ofProject(caller, projectId);
    Responses.page(ctx, page.map(t -> TaskJson.of(t, zone)));
  }

  private void task(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID projectId = Params.pathUuid(ctx, "project_id");
    Task task = projects.task(caller, projectId, Params.pathUuid(ctx, "task_id"));
    ctx.json(TaskJson.of(task, zones.ofProject(caller, projectId)));
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
        ctx,
        "/api/v1/projects/" + projectId + "/tasks/" + created.taskId(),
        TaskJson.of(created, zones.ofProject(caller, projectId)));
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
    Task updated = projects.updateTask(caller, projectId, taskId, changes);
    ctx.json(TaskJson.of(updated, zones.ofProject(caller, projectId)));
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
