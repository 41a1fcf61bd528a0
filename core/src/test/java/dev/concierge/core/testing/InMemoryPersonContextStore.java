package dev.concierge.core.testing;

import dev.concierge.core.agents.ContextLimits;
import dev.concierge.core.agents.PersonContext;
import dev.concierge.core.agents.PersonContext.ActiveProject;
import dev.concierge.core.agents.PersonContext.ContextDate;
import dev.concierge.core.agents.PersonContext.OpenTask;
import dev.concierge.core.agents.PersonContext.RecentConversation;
import dev.concierge.core.agents.PersonContext.Relative;
import dev.concierge.core.agents.PersonContextStore;
import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.preferences.PreferenceQuery;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PersonContextStore} read from in-memory stores of its own as PostgreSQL's reads their
 * tables, held to it by the contract; tests record what a context holds through those stores.
 */
public final class InMemoryPersonContextStore implements PersonContextStore {
  private static final PageRequest EVERYTHING = new PageRequest(0, PageRequest.MAX_LIMIT);

  public final InMemoryPersonStore persons;
  public final InMemoryOrganizationStore organizations;
  public final InMemoryRelationshipStore relationships;
  public final InMemoryDateCategoryStore categories;
  public final InMemoryDateItemStore dateItems;
  public final InMemoryReminderStore reminders;
  public final InMemoryProjectStore projects;
  public final InMemoryPreferenceStore preferences;
  public final InMemoryConversationStore conversations;

  /** Over empty stores of its own, which tests write through. */
  public InMemoryPersonContextStore(Clock clock) {
    persons = new InMemoryPersonStore(clock);
    organizations = new InMemoryOrganizationStore(clock, persons);
    relationships = new InMemoryRelationshipStore(persons, clock);
    categories = new InMemoryDateCategoryStore(clock);
    dateItems = new InMemoryDateItemStore(clock);
    reminders = new InMemoryReminderStore(clock, persons);
    projects = new InMemoryProjectStore(clock);
    preferences = new InMemoryPreferenceStore(clock);
    conversations = new InMemoryConversationStore(clock);
  }

  @Override
  public Optional<PersonContext> find(
      UUID orgId,
      UUID personId,
      UUID conversationId,
      LocalDate datesFrom,
      LocalDate datesTo,
      ContextLimits limits) {
    return persons
        .find(orgId, personId)
        .map(
            person ->
                new PersonContext(
                    person,
                    organizations
                        .find(orgId)
                        .map(Organization::reminderSendTime)
                        .orElseThrow(() -> new IllegalStateException("no organization " + orgId)),
                    relatives(person, limits.relationships()),
                    categories.list(orgId, new PageRequest(0, limits.categories())),
                    dates(person, datesFrom, datesTo, limits.dateRows()),
                    projects(person, limits),
                    preferences.list(
                        orgId,
                        personId,
                        PreferenceQuery.ALL,
                        new PageRequest(0, limits.preferences())),
                    conversation(person, conversationId, limits.messages())));
  }

  private Page<Relative> relatives(Person person, int limit) {
    return relationships
        .list(person.orgId(), person.personId(), new PageRequest(0, limit))
        .map(relationship -> relative(person, relationship));
  }

  private Relative relative(Person person, Relationship relationship) {
    boolean own = relationship.personId().equals(person.personId());
    Person other =
        persons
            .find(person.orgId(), own ? relationship.relatedPersonId() : relationship.personId())
            .orElseThrow();
    return new Relative(
        relationship.relationshipId(),
        relationship.relation(),
        own,
        other.personId(),
        other.fullName(),
        other.preferredName(),
        other.personType(),
        other.birthday());
  }

  private Page<ContextDate> dates(Person person, LocalDate from, LocalDate to, int limit) {
    List<DateItem> items =
        dateItems.list(person.orgId(), person.personId(), null, from, EVERYTHING).items().stream()
            .filter(item -> !item.nextOccurrence().isAfter(to))
            .toList();
    List<ReminderRule> rules =
        reminders.ofDateItems(person.orgId(), items.stream().map(DateItem::dateItemId).toList());
    return Pages.of(items, new PageRequest(0, limit)).map(item -> date(person, item, rules));
  }

  private ContextDate date(Person person, DateItem item, List<ReminderRule> rules) {
    List<ReminderRule> own =
        rules.stream().filter(rule -> rule.dateItemId().equals(item.dateItemId())).toList();
    return new ContextDate(
        item.dateItemId(),
        item.title(),
        item.dateValue(),
        item.recurrenceRule(),
        item.leapDayPolicy(),
        item.nextOccurrence(),
        item.categoryId() == null
            ? null
            : categories
                .find(person.orgId(), item.categoryId())
                .map(DateCategory::categoryName)
                .orElse(null),
        item.relatedPersonId(),
        item.relatedPersonId() == null
            ? null
            : persons
                .find(person.orgId(), item.relatedPersonId())
                .map(Person::fullName)
                .orElse(null),
        item.notes(),
        own.stream()
            .filter(rule -> rule.reminderType() == ReminderType.LEAD_TIME)
            .map(ReminderRule::leadTimeDays)
            .sorted(Comparator.reverseOrder())
            .toList(),
        own.stream()
            .filter(rule -> rule.reminderType() == ReminderType.SCHEDULED)
            .filter(rule -> rule.sentAt() == null && rule.failedAt() == null)
            .map(ReminderRule::scheduledAt)
            .sorted()
            .toList());
  }

  private Page<ActiveProject> projects(Person person, ContextLimits limits) {
    List<Project> active =
        projects.projectsOf(person.orgId(), person.personId()).stream()
            .filter(p -> p.status() == ProjectStatus.NEW || p.status() == ProjectStatus.IN_PROGRESS)
            .sorted(
                Comparator.comparingInt(Project::priority)
                    .thenComparing(
                        Project::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Project::createdAt, Comparator.reverseOrder())
                    .thenComparing(Project::projectId, UuidOrder.ASCENDING))
            .toList();
    return Pages.of(active, new PageRequest(0, limits.projects()))
        .map(
            project ->
                new ActiveProject(
                    project.projectId(),
                    project.title(),
                    project.status(),
                    project.priority(),
                    project.dueDate(),
                    openTasks(project, limits.tasks())));
  }

  private Page<OpenTask> openTasks(Project project, int limit) {
    List<Task> open =
        projects.tasksOf(project.orgId(), project.projectId()).stream()
            .filter(t -> t.status() == TaskStatus.PENDING || t.status() == TaskStatus.IN_PROGRESS)
            .sorted(
                Comparator.comparingInt(Task::position)
                    .thenComparing(Task::createdAt)
                    .thenComparing(Task::taskId, UuidOrder.ASCENDING))
            .toList();
    return Pages.of(open, new PageRequest(0, limit))
        .map(task -> new OpenTask(task.taskId(), task.title(), task.status(), task.dueDate()));
  }

  private RecentConversation conversation(Person person, UUID conversationId, int limit) {
    if (conversationId == null) {
      return null;
    }
    return conversations
        .find(person.orgId(), conversationId)
        .filter(conversation -> conversation.personId().equals(person.personId()))
        .map(
            conversation -> {
              List<Message> all =
                  conversations.messagesOf(person.orgId(), conversationId).stream()
                      .sorted(
                          Comparator.comparing(Message::createdAt)
                              .thenComparing(Message::messageId, UuidOrder.ASCENDING))
                      .toList();
              List<Message> latest = all.subList(Math.max(0, all.size() - limit), all.size());
              return new RecentConversation(
                  conversationId, conversation.channelType(), new Page<>(latest, all.size()));
            })
        .orElse(null);
  }
}
