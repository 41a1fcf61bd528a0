package dev.concierge.core.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryAccountStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryProjectStore;
import dev.concierge.core.testing.RecordingAuditStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The project board's rules over in-memory stores. */
class ProjectBoardTest {
  private static final PageRequest ALL = new PageRequest(0, 50);

  private final UUID org = UUID.randomUUID();
  private final Caller concierge = Caller.apiKey(UUID.randomUUID(), org, "desk", ApiRole.CONCIERGE);
  private final TickingClock clock = TickingClock.fromNow();
  private final InMemoryProjectStore projects = new InMemoryProjectStore(clock);
  private final InMemoryPersonStore persons = new InMemoryPersonStore(clock);
  private final Accounts accounts = new Accounts();
  private final List<AuditEntry> audited = new ArrayList<>();
  private final ProjectBoard board =
      new ProjectBoard(
          projects,
          persons,
          accounts.store,
          new AuditTrail(new RecordingAuditStore(audited::add), Supplier::get));
  private final UUID client = person(org);

  @Test
  void a_new_project_is_new_of_priority_three_with_its_title_trimmed_and_is_audited() {
    Project created = board.create(concierge, newProject(client, "  Anniversary dinner "));

    assertThat(created.status()).isEqualTo(ProjectStatus.NEW);
    assertThat(created.priority()).isEqualTo(3);
    assertThat(created.title()).isEqualTo("Anniversary dinner");
    assertThat(board.get(concierge, created.projectId())).isEqualTo(created);
    assertThat(audited)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityId()).isEqualTo(created.projectId());
              assertThat(entry.fields()).containsExactly("person_id", "title");
            });
  }

  @Test
  void every_problem_of_a_new_project_is_named_at_once_and_nothing_is_written() {
    UUID elsewhere = person(UUID.randomUUID());

    assertThatThrownBy(
            () ->
                board.create(
                    concierge,
                    new NewProject(elsewhere, " ", "x".repeat(20001), null, 6, null, null, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("title", "description", "priority", "person_id"));
    assertThat(projects.list(org, null, null, null, ALL).items()).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void an_analyst_reads_projects_but_changes_none() {
    Caller analyst = Caller.apiKey(UUID.randomUUID(), org, "reports", ApiRole.ANALYST);
    Project project = board.create(concierge, newProject(client, "Trip"));

    assertThat(board.list(analyst, client, null, ALL).items()).containsExactly(project);
    assertThatThrownBy(() -> board.create(analyst, newProject(client, "Another")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> board.update(analyst, project.projectId(), Changes.status(null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> board.addTask(analyst, project.projectId(), newTask("Book")))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void work_is_assigned_only_to_an_active_account_of_the_organization() {
    UUID active = accounts.add(org, true);
    UUID inactive = accounts.add(org, false);
    UUID elsewhere = accounts.add(UUID.randomUUID(), true);

    Project assigned = board.create(concierge, assignedProject(active));

    assertThat(assigned.assignedToAccountId()).isEqualTo(active);
    for (UUID refused : List.of(inactive, elsewhere, UUID.randomUUID())) {
      assertThatThrownBy(() -> board.create(concierge, assignedProject(refused)))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors())
                      .extracting(FieldError::field)
                      .containsExactly("assigned_to_account_id"));
    }
  }

  @Test
  void a_project_keeps_an_assignee_who_has_left_until_someone_reassigns_it() {
    UUID leaving = accounts.add(org, true);
    Project project = board.create(concierge, assignedProject(leaving));
    accounts.deactivate(leaving);

    Project renamed =
        board.update(concierge, project.projectId(), Changes.titleAndAssignee("Renamed ", leaving));

    assertThat(renamed.title()).isEqualTo("Renamed");
    assertThat(renamed.assignedToAccountId()).isEqualTo(leaving);
    assertThat(audited.get(1).fields()).containsExactly("title", "assigned_to_account_id");
  }

  @Test
  void a_status_or_priority_cannot_be_cleared() {
    Project project = board.create(concierge, newProject(client, "Trip"));

    assertThatThrownBy(() -> board.update(concierge, project.projectId(), Changes.status(null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("status"));
    assertThat(board.get(concierge, project.projectId())).isEqualTo(project);
  }

  @Test
  void completing_a_project_records_when_it_was_completed() {
    Project project = board.create(concierge, newProject(client, "Trip"));

    Project completed =
        board.update(concierge, project.projectId(), Changes.status(ProjectStatus.COMPLETED));

    assertThat(completed.completedAt()).isNotNull();
    assertThat(completed.createdAt()).isEqualTo(project.createdAt());
  }

  @Test
  void another_organizations_project_and_its_tasks_are_not_found() {
    Caller stranger = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);
    Project project = board.create(concierge, newProject(client, "Trip"));
    Task task = board.addTask(concierge, project.projectId(), newTask("Book"));

    assertThatThrownBy(() -> board.get(stranger, project.projectId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> board.tasks(stranger, project.projectId(), ALL))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> board.addTask(stranger, project.projectId(), newTask("Sneak")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> board.deleteTask(stranger, project.projectId(), task.taskId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(board.tasks(concierge, project.projectId(), ALL).items()).containsExactly(task);
  }

  @Test
  void a_task_is_pending_at_position_zero_unless_it_says_otherwise() {
    Project project = board.create(concierge, newProject(client, "Party"));

    Task cake = board.addTask(concierge, project.projectId(), newTask(" Cake "));
    Task venue =
        board.addTask(
            concierge,
            project.projectId(),
            new NewTask("Venue", null, TaskStatus.IN_PROGRESS, -1, null, null));

    assertThat(cake.title()).isEqualTo("Cake");
    assertThat(cake.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(cake.position()).isZero();
    Page<Task> tasks = board.tasks(concierge, project.projectId(), ALL);
    assertThat(tasks.items()).extracting(Task::title).containsExactly("Venue", "Cake");
    assertThat(venue.status()).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void a_task_update_checks_what_it_changes_and_completes_the_task() {
    Project project = board.create(concierge, newProject(client, "Party"));
    Task task = board.addTask(concierge, project.projectId(), newTask("Cake"));

    assertThatThrownBy(
            () ->
                board.updateTask(
                    concierge,
                    project.projectId(),
                    task.taskId(),
                    Changes.taskTitleAndPosition("", null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).contains("position"));
    Task done =
        board.updateTask(
            concierge,
            project.projectId(),
            task.taskId(),
            Changes.taskStatus(TaskStatus.COMPLETED));

    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.completedAt()).isNotNull();
    assertThat(done.title()).isEqualTo("Cake");
  }

  @Test
  void deleting_a_task_that_is_not_there_is_not_found_and_not_audited() {
    Project project = board.create(concierge, newProject(client, "Party"));
    Task task = board.addTask(concierge, project.projectId(), newTask("Cake"));
    audited.clear();

    board.deleteTask(concierge, project.projectId(), task.taskId());

    assertThatThrownBy(() -> board.deleteTask(concierge, project.projectId(), task.taskId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(audited).extracting(AuditEntry::action).containsExactly(AuditAction.DELETE);
    assertThat(board.tasks(concierge, project.projectId(), ALL).items()).isEmpty();
  }

  private UUID person(UUID orgId) {
    return TestClients.in(persons, orgId);
  }

  private static NewProject newProject(UUID personId, String title) {
    return new NewProject(personId, title, null, null, null, null, null, null);
  }

  private NewProject assignedProject(UUID assignee) {
    return new NewProject(client, "Assigned", null, null, null, null, assignee, null);
  }

  private static NewTask newTask(String title) {
    return new NewTask(title, null, null, null, null, null);
  }

  /** Staff accounts the board may assign work to, kept in memory. */
  private static final class Accounts {
    private final InMemoryAccountStore store = new InMemoryAccountStore(Clock.systemUTC());

    UUID add(UUID orgId, boolean active) {
      UUID id = UUID.randomUUID();
      store.save(account(id, orgId, active));
      return id;
    }

    void deactivate(UUID accountId) {
      store.save(account(accountId, store.findAnywhere(accountId).orElseThrow().orgId(), false));
    }

    private static Account account(UUID id, UUID orgId, boolean active) {
      return new Account(
          id,
          orgId,
          null,
          id + "@example.com",
          "Staff",
          ApiRole.CONCIERGE,
          null,
          active,
          null,
          null,
          null);
    }
  }
}
