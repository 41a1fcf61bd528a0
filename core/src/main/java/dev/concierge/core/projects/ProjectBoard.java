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
import dev.concierge.core.search.SearchText;
import java.util.UUID;

/** Use cases of clients' projects and their tasks. */
public final class ProjectBoard {
  private final ProjectStore projects;
  private final PersonStore persons;
  private final AccountStore accounts;
  private final AuditTrail audit;

  public ProjectBoard(
      ProjectStore projects, PersonStore persons, AccountStore accounts, AuditTrail audit) {
    this.projects = projects;
    this.persons = persons;
    this.accounts = accounts;
    this.audit = audit;
  }

  public Page<Project> list(Caller caller, UUID personId, ProjectStatus status, PageRequest page) {
    return list(caller, personId, status, null, page);
  }

  /**
   * As {@link #list}, of the projects whose title or description holds the words too; with them the
   * total is counted up to {@link Page#COUNTED_UP_TO} past the page's start.
   */
  public Page<Project> list(
      Caller caller, UUID personId, ProjectStatus status, SearchText matching, PageRequest page) {
    return projects.list(caller.orgId(), personId, status, matching, page);
  }

  /**
   * The organization's projects in a status, newest first; the total is counted only up to {@link
   * Page#COUNTED_UP_TO} past the page's start ({@link Page#countReachedBound}).
   */
  public Page<Project> inStatus(Caller caller, ProjectStatus status, PageRequest page) {
    return projects.inStatus(caller.orgId(), status, page);
  }

  public Project get(Caller caller, UUID projectId) {
    return projects
        .find(caller.orgId(), projectId)
        .orElseThrow(() -> new NotFoundException("project", projectId));
  }

  public Project create(Caller caller, NewProject project) {
    caller.requireWriter();
    validate(
        caller, project.personId(), project.title(), project.description(), project.priority());
    requireAssignable(caller, project.assignedToAccountId());
    Project created = Project.of(caller.orgId(), project);
    return audit.created(
        caller, EntityType.PROJECT, project, Project::projectId, () -> projects.save(created));
  }

  public Project update(Caller caller, UUID projectId, ProjectChanges changes) {
    caller.requireWriter();
    Project current = get(caller, projectId);
    Integer priority = changes.priority().applyTo(current.priority());
    new FieldErrors()
        .required("status", changes.status().applyTo(current.status()))
        .required("priority", priority)
        .throwIfAny();
    validate(
        caller,
        changes.personId().applyTo(current.personId()),
        changes.title().applyTo(current.title()),
        changes.description().applyTo(current.description()),
        priority);
    requireAssignable(caller, changes.assignedToAccountId(), current.assignedToAccountId());
    Project changed = current.changedBy(changes);
    return audit.updated(
        caller, EntityType.PROJECT, projectId, changes, () -> projects.save(changed));
  }

  /** Removes the project and its tasks (soft: the audit log and recommendations keep naming it). */
  public void delete(Caller caller, UUID projectId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.PROJECT,
        projectId,
        () -> {
          if (!projects.delete(caller.orgId(), projectId)) {
            throw new NotFoundException("project", projectId);
          }
        });
  }

  public Page<Task> tasks(Caller caller, UUID projectId, PageRequest page) {
    get(caller, projectId);
    return projects.listTasks(caller.orgId(), projectId, page);
  }

  public Task task(Caller caller, UUID projectId, UUID taskId) {
    return projects
        .findTask(caller.orgId(), projectId, taskId)
        .orElseThrow(() -> new NotFoundException("task", taskId));
  }

  public Task addTask(Caller caller, UUID projectId, NewTask task) {
    caller.requireWriter();
    get(caller, projectId);
    validateTask(task.title(), task.description());
    requireAssignable(caller, task.assignedToAccountId());
    Task added = Task.of(caller.orgId(), projectId, task);
    return audit.created(
        caller, EntityType.TASK, task, Task::taskId, () -> projects.saveTask(added));
  }

  public Task updateTask(Caller caller, UUID projectId, UUID taskId, TaskChanges changes) {
    caller.requireWriter();
    Task current = task(caller, projectId, taskId);
    new FieldErrors()
        .required("status", changes.status().applyTo(current.status()))
        .required("position", changes.position().applyTo(current.position()))
        .throwIfAny();
    validateTask(
        changes.title().applyTo(current.title()),
        changes.description().applyTo(current.description()));
    requireAssignable(caller, changes.assignedToAccountId(), current.assignedToAccountId());
    Task changed = current.changedBy(changes);
    return audit.updated(
        caller, EntityType.TASK, taskId, changes, () -> projects.saveTask(changed));
  }

  public void deleteTask(Caller caller, UUID projectId, UUID taskId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.TASK,
        taskId,
        () -> {
          if (!projects.deleteTask(caller.orgId(), projectId, taskId)) {
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
