package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Projects and their tasks in PostgreSQL. completed_at follows the status. Thread-safe. */
public final class JdbiProjectRepository implements ProjectStore {
  private static final String PROJECT_COLUMNS =
      """
      project_id, org_id, person_id, title, description, status, priority, due_date,
      assigned_to_account_id, metadata_jsonb, completed_at, created_at, updated_at
      """;
  private static final String TASK_COLUMNS =
      """
      task_id, org_id, project_id, title, description, status, position, due_date,
      assigned_to_account_id, completed_at, created_at, updated_at
      """;

  private final Jdbi jdbi;

  public JdbiProjectRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Project> loadProject(UUID orgId, UUID projectId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + PROJECT_COLUMNS
                        + " from projects where org_id = :orgId and project_id = :id")
                .bind("orgId", orgId)
                .bind("id", projectId)
                .map((rs, ctx) -> project(rs))
                .findOne());
  }

  @Override
  public Page<Project> listProjects(
      UUID orgId, UUID personId, ProjectStatus status, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    StringBuilder where = new StringBuilder("from projects where org_id = :orgId");
    if (personId != null) {
      where.append(" and person_id = :personId");
      binds.put("personId", personId);
    }
    if (status != null) {
      where.append(" and status = :status");
      binds.put("status", status.wireName());
    }
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                PROJECT_COLUMNS,
                where.toString(),
                "created_at desc, project_id",
                binds,
                (rs, ctx) -> project(rs),
                page));
  }

  @Override
  public Project saveProject(Project project) {
    return SqlErrors.translate(
        "That project already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into projects (project_id, org_id, person_id, title, description,
                                                  status, priority, due_date,
                                                  assigned_to_account_id, metadata_jsonb,
                                                  completed_at)
                            values (:id, :orgId, :personId, :title, :description, :status,
                                    :priority, :dueDate, cast(:assignee as uuid), cast(:metadata as jsonb),
                                    case when :status = 'completed' then now() end)
                            on conflict (project_id) do update set
                              person_id = excluded.person_id,
                              title = excluded.title,
                              description = excluded.description,
                              status = excluded.status,
                              priority = excluded.priority,
                              due_date = excluded.due_date,
                              assigned_to_account_id = excluded.assigned_to_account_id,
                              metadata_jsonb = excluded.metadata_jsonb,
                              completed_at = case when excluded.status = 'completed'
                                then coalesce(projects.completed_at, now()) end
                            where projects.org_id = excluded.org_id
                            returning
                            """
                                + PROJECT_COLUMNS)
                        .bind("id", project.projectId())
                        .bind("orgId", project.orgId())
                        .bind("personId", project.personId())
                        .bind("title", project.title())
                        .bind("description", project.description())
                        .bind("status", project.status().wireName())
                        .bind("priority", project.priority())
                        .bind("dueDate", project.dueDate())
                        .bind("assignee", project.assignedToAccountId())
                        .bind("metadata", JsonColumns.write(project.metadata()))
                        .map((rs, ctx) -> project(rs))
                        .findOne()
                        .orElseThrow(() -> new NotFoundException("project", project.projectId()))));
  }

  @Override
  public Optional<Task> loadTask(UUID orgId, UUID projectId, UUID taskId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + TASK_COLUMNS
                        + " from tasks where org_id = :orgId and project_id = :projectId"
                        + " and task_id = :id")
                .bind("orgId", orgId)
                .bind("projectId", projectId)
                .bind("id", taskId)
                .map((rs, ctx) -> task(rs))
                .findOne());
  }

  @Override
  public Page<Task> listTasks(UUID orgId, UUID projectId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                TASK_COLUMNS,
                "from tasks where org_id = :orgId and project_id = :projectId",
                "position, created_at, task_id",
                Map.of("orgId", orgId, "projectId", projectId),
                (rs, ctx) -> task(rs),
                page));
  }

  @Override
  public Task saveTask(Task task) {
    return SqlErrors.translate(
        "That task already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into tasks (task_id, org_id, project_id, title, description,
                                               status, position, due_date, assigned_to_account_id,
                                               completed_at)
                            values (:id, :orgId, :projectId, :title, :description, :status,
                                    :position, :dueDate, cast(:assignee as uuid),
                                    case when :status = 'completed' then now() end)
                            on conflict (task_id) do update set
                              title = excluded.title,
                              description = excluded.description,
                              status = excluded.status,
                              position = excluded.position,
                              due_date = excluded.due_date,
                              assigned_to_account_id = excluded.assigned_to_account_id,
                              completed_at = case when excluded.status = 'completed'
                                then coalesce(tasks.completed_at, now()) end
                            where tasks.org_id = excluded.org_id
                              and tasks.project_id = excluded.project_id
                            returning
                            """
                                + TASK_COLUMNS)
                        .bind("id", task.taskId())
                        .bind("orgId", task.orgId())
                        .bind("projectId", task.projectId())
                        .bind("title", task.title())
                        .bind("description", task.description())
                        .bind("status", task.status().wireName())
                        .bind("position", task.position())
                        .bind("dueDate", task.dueDate())
                        .bind("assignee", task.assignedToAccountId())
                        .map((rs, ctx) -> task(rs))
                        .findOne()
                        .orElseThrow(() -> new NotFoundException("task", task.taskId()))));
  }

  @Override
  public boolean deleteTask(UUID orgId, UUID projectId, UUID taskId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "delete from tasks where org_id = :orgId and project_id = :projectId"
                            + " and task_id = :id")
                    .bind("orgId", orgId)
                    .bind("projectId", projectId)
                    .bind("id", taskId)
                    .execute())
        == 1;
  }

  private static Project project(ResultSet rs) throws SQLException {
    return new Project(
        Columns.uuid(rs, "project_id"),
        Columns.uuid(rs, "org_id"),
        Columns.uuid(rs, "person_id"),
        rs.getString("title"),
        rs.getString("description"),
        ProjectStatus.fromWireName(rs.getString("status")).orElseThrow(),
        rs.getInt("priority"),
        Columns.date(rs, "due_date"),
        Columns.uuid(rs, "assigned_to_account_id"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        Columns.instant(rs, "completed_at"),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }

  private static Task task(ResultSet rs) throws SQLException {
    return new Task(
        Columns.uuid(rs, "task_id"),
        Columns.uuid(rs, "org_id"),
        Columns.uuid(rs, "project_id"),
        rs.getString("title"),
        rs.getString("description"),
        TaskStatus.fromWireName(rs.getString("status")).orElseThrow(),
        rs.getInt("position"),
        Columns.date(rs, "due_date"),
        Columns.uuid(rs, "assigned_to_account_id"),
        Columns.instant(rs, "completed_at"),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
