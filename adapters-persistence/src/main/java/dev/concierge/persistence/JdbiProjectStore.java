package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.projects.Task;
import dev.concierge.core.search.SearchText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Projects and their tasks in PostgreSQL. completed_at follows the status. Thread-safe. */
public final class JdbiProjectStore implements ProjectStore {
  private static final String IN_STATUS =
      "from projects where org_id = :orgId and deleted_at is null and status = :status";

  private static final String PROJECT_COLUMNS =
      """
      project_id, org_id, person_id, title, description, status, priority, due_date,
      assigned_to_account_id, metadata_jsonb as metadata, completed_at, created_at, updated_at
      """;
  private static final String TASK_COLUMNS =
      """
      task_id, org_id, project_id, title, description, status, position, due_date,
      assigned_to_account_id, completed_at, created_at, updated_at
      """;
  private static final RowMapper<Project> PROJECT = ConstructorMapper.of(Project.class);
  private static final RowMapper<Task> TASK = ConstructorMapper.of(Task.class);

  private final Jdbi jdbi;

  public JdbiProjectStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Project> find(UUID orgId, UUID projectId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + PROJECT_COLUMNS
                        + " from projects where org_id = :orgId and project_id = :projectId"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("projectId", projectId)
                .map(PROJECT)
                .findOne());
  }

  @Override
  public Page<Project> list(
      UUID orgId, UUID personId, ProjectStatus status, SearchText matching, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    StringBuilder where = new StringBuilder("org_id = :orgId and deleted_at is null");
    if (personId != null) {
      where.append(" and person_id = :personId");
      binds.put("personId", personId);
    }
    if (status != null) {
      where.append(" and status = :status");
      binds.put("status", status);
    }
    String orderBy = "created_at desc, project_id";
    if (matching == null) {
      String fromWhere = "from projects where " + where;
      return jdbi.withHandle(
          handle -> Paging.page(handle, PROJECT_COLUMNS, fromWhere, orderBy, binds, PROJECT, page));
    }
    binds.put("matching", matching.text());
    String match = "search_vector @@ websearch_to_tsquery('english', :matching)";
    Paging.Matching words =
        new Paging.Matching(
            PROJECT_COLUMNS, "projects", where.toString(), match, match, orderBy, "project_id");
    // words are matched on the GIN index only outside the policies (TextIndexReads)
    return TextIndexReads.inOrganization(
        jdbi, orgId, handle -> Paging.pageMatching(handle, words, binds, PROJECT, page));
  }

  @Override
  public Page<Project> inStatus(UUID orgId, ProjectStatus status, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    binds.put("status", status);
    return jdbi.withHandle(
        handle ->
            Paging.pageCountedUpTo(
                handle,
                PROJECT_COLUMNS,
                IN_STATUS,
                IN_STATUS,
                "created_at desc, project_id",
                binds,
                PROJECT,
                page));
  }

  @Override
  public Project save(Project project) {
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
                            values (:projectId, :orgId, :personId, :title, :description, :status,
                                    :priority, :dueDate, :assignedToAccountId, :metadata,
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
                              and projects.deleted_at is null
                            returning
                            """
                                + PROJECT_COLUMNS)
                        .bindMethods(project)
                        .map(PROJECT)
                        .findOne()
                        .orElseThrow(() -> new NotFoundException("project", project.projectId()))));
  }

  @Override
  public Optional<Task> findTask(UUID orgId, UUID projectId, UUID taskId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + TASK_COLUMNS
                        + " from tasks where org_id = :orgId and project_id = :projectId"
                        + " and task_id = :taskId and deleted_at is null")
                .bind("orgId", orgId)
                .bind("projectId", projectId)
                .bind("taskId", taskId)
                .map(TASK)
                .findOne());
  }

  @Override
  public Page<Task> listTasks(UUID orgId, UUID projectId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                TASK_COLUMNS,
                "from tasks where org_id = :orgId and project_id = :projectId"
                    + " and deleted_at is null",
                "position, created_at, task_id",
                Map.of("orgId", orgId, "projectId", projectId),
                TASK,
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
                            values (:taskId, :orgId, :projectId, :title, :description, :status,
                                    :position, :dueDate, :assignedToAccountId,
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
                              and tasks.deleted_at is null
                            returning
                            """
                                + TASK_COLUMNS)
                        .bindMethods(task)
                        .map(TASK)
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
                            + " and task_id = :taskId and deleted_at is null")
                    .bind("orgId", orgId)
                    .bind("projectId", projectId)
                    .bind("taskId", taskId)
                    .execute())
        == 1;
  }

  @Override
  public boolean delete(UUID orgId, UUID projectId) {
    return SoftDelete.withChildren(jdbi, "projects", "project_id", "tasks", orgId, projectId);
  }
}
