package dev.concierge.core.projects;

import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.AccountStore;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import java.util.UUID;

/** Use cases of clients' projects and their tasks. */
public final class ProjectBoard {
  private final ProjectStore loadProject;
  private final ProjectStore listProjects;
  private final ProjectStore saveProject;
  private final ProjectStore loadTask;
  private final ProjectStore listTasks;
  private final ProjectStore saveTask;
  private final ProjectStore deleteTask;
  private final PersonStore persons;
  private final AuditTrail audit;
  private final AccountStore accounts;

  public ProjectBoard(
      ProjectStore loadProject,
      ProjectStore listProjects,
      ProjectStore saveProject,
      ProjectStore loadTask,
      ProjectStore listTasks,
      ProjectStore saveTask,
      ProjectStore deleteTask,
      PersonStore persons,
      AuditTrail audit,
      AccountStore accounts) {
    this.loadProject = loadProject;
    this.listProjects = listProjects;
    this.saveProject = saveProject;
    this.loadTask = loadTask;
    this.listTasks = listTasks;
    this.saveTask = saveTask;
    this.deleteTask = deleteTask;
    this.persons = persons;
    this.audit = audit;
    this.accounts = accounts;
  }

  public Page<Project> list(Caller caller, UUID personId, ProjectStatus status, PageRequest page) {
    return listProjects.listProjects(caller.orgId(), personId, status, page);
  }

  public Project get(Caller caller, UUID projectId) {
    return loadProject
        .loadProject(caller.orgId(), projectId)
        .orElseThrow(() -> new NotFoundException("project", projectId));
  }

  public Project create(Caller caller, NewProject project) {
    caller.requireWriter();
    ProjectStatus status = project.status() == null ? ProjectStatus.NEW : project.status();
    int priority = project.priority() == null ? 3 : project.priority();
    validate(caller, project.personId(), project.title(), project.description(), priority);
    requireAssignable(caller, project.assignedToAccountId());
    Project created =
        new Project(
            UUID.randomUUID(),
            caller.orgId(),
            project.personId(),
            project.title().strip(),
            project.description(),
            status,
            priority,
            project.dueDate(),
            project.assignedToAccountId(),
            project.metadata(),
            null,
            null,
            null);
    return audit.created(
        caller,
        EntityType.PROJECT,
        project,
        Project::projectId,
        () -> saveProject.saveProject(created));
  }

  public Project update(Caller caller, UUID projectId, ProjectChanges changes) {
    caller.requireWriter();
    Project current = get(caller, projectId);
    UUID personId = changes.personId().applyTo(current.personId());
    String title = changes.title().applyTo(current.title());
    String description = changes.description().applyTo(current.description());
    Integer priority = changes.priority().applyTo(current.priority());
    ProjectStatus status = changes.status().applyTo(current.status());
    new FieldErrors().required("status", status).required("priority", priority).throwIfAny();
    validate(caller, personId, title, description, priority);
    requireAssignable(caller, changes.assignedToAccountId(), current.assignedToAccountId());
    Project changed =
        new Project(
            projectId,
            caller.orgId(),
            personId,
            title.strip(),
            description,
            status,
            priority,
            changes.dueDate().applyTo(current.dueDate()),
            changes.assignedToAccountId().applyTo(current.assignedToAccountId()),
            changes.metadata().applyTo(current.metadata()),
            current.completedAt(),
            current.createdAt(),
            current.updatedAt());
    return audit.updated(
        caller, EntityType.PROJECT, projectId, changes, () -> saveProject.saveProject(changed));
  }

  public Page<Task> tasks(Caller caller, UUID projectId, PageRequest page) {
    get(caller, projectId);
    return listTasks.listTasks(caller.orgId(), projectId, page);
  }

  public Task task(Caller caller, UUID projectId, UUID taskId) {
    return loadTask
        .loadTask(caller.orgId(), projectId, taskId)
        .orElseThrow(() -> new NotFoundException("task", taskId));
  }

  public Task addTask(Caller caller, UUID projectId, NewTask task) {
    caller.requireWriter();
    get(caller, projectId);
    validateTask(task.title(), task.description());
    requireAssignable(caller, task.assignedToAccountId());
    Task added =
        new Task(
            UUID.randomUUID(),
            caller.orgId(),
            projectId,
            task.title().strip(),
            task.description(),
            task.status() == null ? TaskStatus.PENDING : task.status(),
            task.position() == null ? 0 : task.position(),
            task.dueDate(),
            task.assignedToAccountId(),
            null,
            null,
            null);
    return audit.created(
        caller, EntityType.TASK, task, Task::taskId, () -> saveTask.saveTask(added));
  }

  public Task updateTask(Caller caller, UUID projectId, UUID taskId, TaskChanges changes) {
    caller.requireWriter();
    Task current = task(caller, projectId, taskId);
    String title = changes.title().applyTo(current.title());
    String description = changes.description().applyTo(current.description());
    TaskStatus status = changes.status().applyTo(current.status());
    Integer position = changes.position().applyTo(current.position());
    new FieldErrors().required("status", status).required("position", position).throwIfAny();
    validateTask(title, description);
    requireAssignable(caller, changes.assignedToAccountId(), current.assignedToAccountId());
    Task changed =
        new Task(
            taskId,
            caller.orgId(),
            projectId,
            title.strip(),
            description,
            status,
            position,
            changes.dueDate().applyTo(current.dueDate()),
            changes.assignedToAccountId().applyTo(current.assignedToAccountId()),
            current.completedAt(),
            current.createdAt(),
            current.updatedAt());
    return audit.updated(
        caller, EntityType.TASK, taskId, changes, () -> saveTask.saveTask(changed));
  }

  public void deleteTask(Caller caller, UUID projectId, UUID taskId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.TASK,
        taskId,
        () -> {
          if (!deleteTask.deleteTask(caller.orgId(), projectId, taskId)) {
            throw new NotFoundException("task", taskId);
          }
        });
  }

  private void validate(
      Caller caller, UUID personId, String title, String description, Integer priority) {
    FieldErrors errors =
        new FieldErrors()
            .required("person_id", personId)
            .required("title", title)
            .length("title", title, 1, 500)
            .length("description", description, 0, 20000)
            .range("priority", priority, 1, 5);
    if (personId != null && persons.find(caller.orgId(), personId).isEmpty()) {
      errors.add("person_id", "is not a person of this organization");
    }
    errors.throwIfAny();
  }

  /**
   * Work is assigned to an active account of the caller's organization. Only a new assignee is
   * checked: a project keeps an assignee who has left since, until someone reassigns it.
   */
  private void requireAssignable(Caller caller, FieldChange<UUID> change, UUID current) {
    UUID assignee = change.applyTo(current);
    if (change.isPresent() && assignee != null && !assignee.equals(current)) {
      requireAssignable(caller, assignee);
    }
  }

  private void requireAssignable(Caller caller, UUID assignee) {
    if (assignee != null
        && accounts.find(caller.orgId(), assignee).filter(Account::isActive).isEmpty()) {
      throw new ValidationException(
          "assigned_to_account_id", "is not an active account of this organization");
    }
  }

  private static void validateTask(String title, String description) {
    new FieldErrors()
        .required("title", title)
        .length("title", title, 1, 500)
        .length("description", description, 0, 20000)
        .throwIfAny();
  }
}
