package dev.concierge.core.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.StoreContract;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProjectStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class ProjectStoreContract extends StoreContract<ProjectStore> {
  private static final PageRequest ALL = new PageRequest(0, 50);

  @Test
  void a_saved_project_is_found_with_every_field_and_its_times() {
    Project saved =
        store.save(
            Project.of(
                org,
                new NewProject(
                    client,
                    "Anniversary dinner",
                    "Table for two",
                    ProjectStatus.IN_PROGRESS,
                    2,
                    LocalDate.of(2026, 12, 24),
                    null,
                    Metadata.of(Map.of("budget", 400)))));

    Project found = store.find(org, saved.projectId()).orElseThrow();

    assertThat(found).isEqualTo(saved);
    assertThat(found.personId()).isEqualTo(client);
    assertThat(found.title()).isEqualTo("Anniversary dinner");
    assertThat(found.description()).isEqualTo("Table for two");
    assertThat(found.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
    assertThat(found.priority()).isEqualTo(2);
    assertThat(found.dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(found.metadata().values()).containsEntry("budget", 400);
    assertThat(found.completedAt()).isNull();
    assertThat(found.createdAt()).isNotNull();
    assertThat(found.updatedAt()).isNotNull();
  }

  @Test
  void completing_a_project_stamps_it_once_and_reopening_it_clears_the_stamp() {
    Project started = store.save(project(org, client, "Trip"));

    Project completed = store.save(started.changedBy(Changes.status(ProjectStatus.COMPLETED)));
    Project renamed = store.save(completed.changedBy(Changes.title("Trip to Kyoto")));
    Project reopened = store.save(renamed.changedBy(Changes.status(ProjectStatus.IN_PROGRESS)));

    assertThat(completed.completedAt()).isNotNull();
    assertThat(renamed.completedAt()).isEqualTo(completed.completedAt());
    assertThat(reopened.completedAt()).isNull();
    assertThat(reopened.createdAt()).isEqualTo(started.createdAt());
    assertThat(store.find(org, started.projectId()).orElseThrow().title())
        .isEqualTo("Trip to Kyoto");
  }

  @Test
  void another_organizations_project_is_neither_found_listed_nor_overwritten() {
    UUID other = newOrganization();
    Project theirs = store.save(project(other, newPerson(other), "Theirs"));

    assertThat(store.find(org, theirs.projectId())).isEmpty();
    assertThat(store.list(org, null, null, null, ALL).items()).isEmpty();
    assertThatThrownBy(
            () ->
                store.save(
                    new Project(
                        theirs.projectId(),
                        org,
                        client,
                        "Taken over",
                        null,
                        ProjectStatus.NEW,
                        3,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.find(other, theirs.projectId()).orElseThrow().title()).isEqualTo("Theirs");
  }

  @Test
  void a_list_is_newest_first_narrowed_by_person_and_status_and_paged_with_its_total() {
    UUID otherClient = newPerson(org);
    Project first = store.save(project(org, client, "First"));
    Project second = store.save(project(org, client, "Second"));
    Project third = store.save(project(org, client, "Third"));
    store.save(project(org, otherClient, "Someone else's"));
    store.save(third.changedBy(Changes.status(ProjectStatus.CANCELLED)));

    Page<Project> clients = store.list(org, client, null, null, new PageRequest(1, 2));
    Page<Project> open = store.list(org, client, ProjectStatus.NEW, null, ALL);

    assertThat(clients.total()).isEqualTo(3);
    assertThat(clients.items()).extracting(Project::title).containsExactly("Second", "First");
    assertThat(open.items())
        .extracting(Project::projectId)
        .containsExactly(second.projectId(), first.projectId());
    assertThat(store.list(org, null, null, null, ALL).total()).isEqualTo(4);
  }

  @Test
  void a_saved_task_is_found_under_its_project_only() {
    Project project = store.save(project(org, client, "Party"));
    Project another = store.save(project(org, client, "Another"));

    Task saved =
        store.saveTask(
            Task.of(
                org,
                project.projectId(),
                new NewTask(
                    "Book venue",
                    "Rooftop",
                    TaskStatus.IN_PROGRESS,
                    4,
                    LocalDate.of(2026, 12, 1),
                    null)));

    assertThat(store.findTask(org, project.projectId(), saved.taskId())).contains(saved);
    assertThat(saved.title()).isEqualTo("Book venue");
    assertThat(saved.description()).isEqualTo("Rooftop");
    assertThat(saved.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(saved.position()).isEqualTo(4);
    assertThat(saved.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(saved.createdAt()).isNotNull();
    assertThat(store.findTask(org, another.projectId(), saved.taskId())).isEmpty();
    assertThat(store.findTask(newOrganization(), project.projectId(), saved.taskId())).isEmpty();
  }

  @Test
  void tasks_are_listed_by_position_then_as_they_were_added() {
    Project project = store.save(project(org, client, "Party"));
    store.saveTask(task(project, "Cake", 2));
    store.saveTask(task(project, "Venue", 1));
    store.saveTask(task(project, "Flowers", 2));
    store.saveTask(task(project, "Guests", 1));

    Page<Task> page = store.listTasks(org, project.projectId(), new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(Task::title).containsExactly("Guests", "Cake");
    assertThat(store.listTasks(org, project.projectId(), ALL).items())
        .extracting(Task::title)
        .containsExactly("Venue", "Guests", "Cake", "Flowers");
  }

  @Test
  void completing_a_task_stamps_it_once_and_reopening_it_clears_the_stamp() {
    Project project = store.save(project(org, client, "Party"));
    Task task = store.saveTask(task(project, "Cake", 0));

    Task done = store.saveTask(task.changedBy(Changes.taskStatus(TaskStatus.COMPLETED)));
    Task moved = store.saveTask(done.changedBy(Changes.taskPosition(5)));
    Task reopened = store.saveTask(moved.changedBy(Changes.taskStatus(TaskStatus.PENDING)));

    assertThat(done.completedAt()).isNotNull();
    assertThat(moved.completedAt()).isEqualTo(done.completedAt());
    assertThat(moved.position()).isEqualTo(5);
    assertThat(reopened.completedAt()).isNull();
    assertThat(reopened.createdAt()).isEqualTo(task.createdAt());
  }

  @Test
  void a_task_is_not_moved_to_another_project_nor_added_to_a_missing_one() {
    Project project = store.save(project(org, client, "Party"));
    Project another = store.save(project(org, client, "Another"));
    Task task = store.saveTask(task(project, "Cake", 0));

    assertThatThrownBy(
            () ->
                store.saveTask(
                    new Task(
                        task.taskId(),
                        org,
                        another.projectId(),
                        "Moved",
                        null,
                        TaskStatus.PENDING,
                        0,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                store.saveTask(
                    Task.of(
                        org,
                        UUID.randomUUID(),
                        new NewTask("Orphan", null, null, null, null, null))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("project_id"));
    assertThat(store.findTask(org, project.projectId(), task.taskId()).orElseThrow().title())
        .isEqualTo("Cake");
  }

  @Test
  void a_deleted_task_is_gone_and_only_its_own_project_deletes_it() {
    Project project = store.save(project(org, client, "Party"));
    Project another = store.save(project(org, client, "Another"));
    Task task = store.saveTask(task(project, "Cake", 0));

    assertThat(store.deleteTask(org, another.projectId(), task.taskId())).isFalse();
    assertThat(store.deleteTask(newOrganization(), project.projectId(), task.taskId())).isFalse();
    assertThat(store.deleteTask(org, project.projectId(), task.taskId())).isTrue();

    assertThat(store.deleteTask(org, project.projectId(), task.taskId())).isFalse();
    assertThat(store.findTask(org, project.projectId(), task.taskId())).isEmpty();
    assertThat(store.listTasks(org, project.projectId(), ALL).items()).isEmpty();
  }

  @Test
  void a_deleted_project_takes_its_tasks_with_it_and_is_never_found_listed_or_saved_again() {
    Project project = store.save(project(org, client, "Gala"));
    Project kept = store.save(project(org, client, "Kept"));
    Task task = store.saveTask(task(project, "Flowers", 0));

    assertThat(store.delete(newOrganization(), project.projectId())).isFalse();
    assertThat(store.delete(org, project.projectId())).isTrue();

    assertThat(store.delete(org, project.projectId())).isFalse();
    assertThat(store.find(org, project.projectId())).isEmpty();
    assertThat(store.findTask(org, project.projectId(), task.taskId())).isEmpty();
    assertThat(store.listTasks(org, project.projectId(), ALL).items()).isEmpty();
    assertThat(store.list(org, null, null, null, ALL).items()).containsExactly(kept);
  }

  private static Project project(UUID orgId, UUID personId, String title) {
    return Project.of(orgId, new NewProject(personId, title, null, null, null, null, null, null));
  }

  private Task task(Project project, String title, int position) {
    return Task.of(org, project.projectId(), new NewTask(title, null, null, position, null, null));
  }
}
