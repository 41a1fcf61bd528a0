package dev.concierge.core.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.agents.PersonContext.ActiveProject;
import dev.concierge.core.agents.PersonContext.ContextDate;
import dev.concierge.core.agents.PersonContext.OpenTask;
import dev.concierge.core.agents.PersonContext.Relative;
import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.preferences.Preference;
import dev.concierge.core.preferences.PreferenceStore;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.projects.Task;
import dev.concierge.core.projects.TaskStatus;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.relationships.RelationshipStore;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.testing.StoreContract;
import dev.concierge.core.testing.TestReminders;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonContextStore} reads, PostgreSQL's and the in-memory one alike, from what
 * the other stores have recorded.
 */
public abstract class PersonContextStoreContract extends StoreContract<PersonContextStore> {
  private static final LocalDate FROM = LocalDate.of(2027, 1, 10);
  private static final LocalDate TO = LocalDate.of(2027, 3, 13);
  private static final ContextLimits LIMITS = new ContextLimits(60, 2, 2, 3, 2, 2, 2, 2, 2);
  private static final Instant T0 = Instant.parse("2027-01-10T12:00:00Z");

  protected abstract PersonStore persons();

  protected abstract RelationshipStore relationships();

  protected abstract DateCategoryStore categories();

  protected abstract DateItemStore dateItems();

  protected abstract ReminderStore reminders();

  protected abstract ProjectStore projects();

  protected abstract PreferenceStore preferences();

  protected abstract ConversationStore conversations();

  /** Sets a date's next occurrence, as the schedule does. */
  protected abstract void placeNextOccurrence(UUID orgId, UUID dateItemId, LocalDate next);

  private PersonContext read() {
    return read(null);
  }

  private PersonContext read(UUID conversationId) {
    return store.find(org, client, conversationId, FROM, TO, LIMITS).orElseThrow();
  }

  @Test
  void a_person_of_another_organization_deleted_or_unknown_has_no_context() {
    Person deleted = person("Gone", PersonType.CLIENT, null, null);
    persons().delete(org, deleted.personId());

    assertThat(store.find(newOrganization(), client, null, FROM, TO, LIMITS)).isEmpty();
    assertThat(store.find(org, deleted.personId(), null, FROM, TO, LIMITS)).isEmpty();
    assertThat(store.find(org, UUID.randomUUID(), null, FROM, TO, LIMITS)).isEmpty();
  }

  @Test
  void a_person_with_nothing_recorded_has_empty_parts_and_the_organizations_send_time() {
    PersonContext context = read();

    assertThat(context.person().personId()).isEqualTo(client);
    assertThat(context.reminderSendTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(context.relationships().items()).isEmpty();
    assertThat(context.relationships().total()).isZero();
    assertThat(context.categories().total()).isZero();
    assertThat(context.dates().total()).isZero();
    assertThat(context.projects().total()).isZero();
    assertThat(context.preferences().total()).isZero();
    assertThat(context.conversation()).isNull();
  }

  @Test
  void relationships_read_both_ways_own_first_by_relation_with_the_other_persons_details() {
    Person mother =
        person("Linda Chen", PersonType.FAMILY_MEMBER, "Lin", LocalDate.of(1958, 3, 15));
    Person son = person("Leo Chen", PersonType.FAMILY_MEMBER, null, null);
    Person employer = person("Tom Baker", PersonType.CLIENT, null, null);
    Person gone = person("Gone", PersonType.FAMILY_MEMBER, null, null);
    relate(client, son.personId(), "son");
    relate(client, mother.personId(), "mother");
    relate(employer.personId(), client, "assistant");
    relate(client, gone.personId(), "brother");
    persons().delete(org, gone.personId());

    PersonContext context = read();

    assertThat(context.relationships().total()).isEqualTo(3);
    assertThat(context.relationships().items())
        .extracting(
            Relative::relation,
            Relative::own,
            Relative::personId,
            Relative::fullName,
            Relative::preferredName,
            Relative::personType,
            Relative::birthday)
        .containsExactly(
            tuple(
                "mother",
                true,
                mother.personId(),
                "Linda Chen",
                "Lin",
                PersonType.FAMILY_MEMBER,
                LocalDate.of(1958, 3, 15)),
            tuple("son", true, son.personId(), "Leo Chen", null, PersonType.FAMILY_MEMBER, null));
    assertThat(store.find(org, employer.personId(), null, FROM, TO, LIMITS))
        .get()
        .satisfies(
            theirs ->
                assertThat(theirs.relationships().items())
                    .singleElement()
                    .satisfies(
                        r -> {
                          assertThat(r.own()).isTrue();
                          assertThat(r.relation()).isEqualTo("assistant");
                          assertThat(r.personId()).isEqualTo(client);
                        }));
  }

  @Test
  void relationships_of_others_to_the_person_follow_the_persons_own() {
    Person employer = person("Tom Baker", PersonType.CLIENT, null, null);
    Person sister = person("Ann Chen", PersonType.FAMILY_MEMBER, null, null);
    relate(employer.personId(), client, "assistant");
    relate(client, sister.personId(), "sister");

    assertThat(read().relationships().items())
        .extracting(Relative::relation, Relative::own, Relative::fullName)
        .containsExactly(tuple("sister", true, "Ann Chen"), tuple("assistant", false, "Tom Baker"));
  }

  @Test
  void categories_are_the_organizations_by_name_ignoring_case() {
    category("travel");
    category("Birthday");
    category("Anniversary");
    DateCategory elsewhere =
        new DateCategory(UUID.randomUUID(), newOrganization(), "Aaa", null, null, null, null, null);
    categories().save(elsewhere);

    PersonContext context = read();

    assertThat(context.categories().total()).isEqualTo(3);
    assertThat(context.categories().items())
        .extracting(DateCategory::categoryName)
        .containsExactly("Anniversary", "Birthday");
  }

  @Test
  void dates_in_the_window_come_by_next_occurrence_with_their_reminders_category_and_person() {
    Person mother = person("Linda Chen", PersonType.FAMILY_MEMBER, null, null);
    UUID birthday = category("Birthday").categoryId();
    DateItem moms =
        date("Mom's birthday", LocalDate.of(1958, 3, 15), "FREQ=YEARLY", birthday, mother);
    placeNextOccurrence(org, moms.dateItemId(), TO);
    DateItem gala = date("Gala", LocalDate.of(2027, 1, 10), null, null, null);
    placeNextOccurrence(org, gala.dateItemId(), FROM);
    ReminderRule week = rule(moms, ReminderType.LEAD_TIME, 7, null);
    rule(moms, ReminderType.LEAD_TIME, 14, null);
    ReminderRule once = rule(moms, ReminderType.SCHEDULED, null, T0.plusSeconds(3600));
    rule(moms, ReminderType.SCHEDULED, null, T0);
    reminders().save(TestReminders.sent(reminders().find(org, once.reminderRuleId()).get()));
    reminders().delete(org, week.reminderRuleId());

    PersonContext context = read();

    assertThat(context.dates().total()).isEqualTo(2);
    assertThat(context.dates().items())
        .extracting(ContextDate::title, ContextDate::nextOccurrence)
        .containsExactly(tuple("Gala", FROM), tuple("Mom's birthday", TO));
    ContextDate found = context.dates().items().get(1);
    assertThat(found)
        .isEqualTo(
            new ContextDate(
                moms.dateItemId(),
                "Mom's birthday",
                LocalDate.of(1958, 3, 15),
                "FREQ=YEARLY",
                LeapDayPolicy.FEB_28,
                TO,
                "Birthday",
                mother.personId(),
                "Linda Chen",
                "She loves peonies",
                List.of(14),
                List.of(T0)));
    assertThat(context.dates().items().get(0).leadDays()).isEmpty();
    assertThat(context.dates().items().get(0).categoryName()).isNull();
    assertThat(context.dates().items().get(0).relatedPersonId()).isNull();
  }

  @Test
  void dates_outside_the_window_deleted_unscheduled_or_of_others_are_left_out() {
    placeNextOccurrence(
        org, date("Before", FROM, null, null, null).dateItemId(), FROM.minusDays(1));
    placeNextOccurrence(org, date("After", TO, null, null, null).dateItemId(), TO.plusDays(1));
    date("Past and done", FROM.minusDays(9), null, null, null);
    DateItem deleted = date("Deleted", FROM, null, null, null);
    placeNextOccurrence(org, deleted.dateItemId(), FROM);
    dateItems().delete(org, deleted.dateItemId());
    Person mother = person("Linda Chen", PersonType.FAMILY_MEMBER, null, null);
    DateItem hers = dateOf(mother.personId(), "Hers", FROM);
    placeNextOccurrence(org, hers.dateItemId(), FROM);

    assertThat(read().dates().total()).isZero();
  }

  @Test
  void dates_are_cut_at_the_rows_read_and_counted_in_full_ties_broken_by_title() {
    for (String title : List.of("d", "c", "b", "a")) {
      placeNextOccurrence(org, date(title, FROM, null, null, null).dateItemId(), FROM);
    }

    PersonContext context = read();

    assertThat(context.dates().total()).isEqualTo(4);
    assertThat(context.dates().items())
        .extracting(ContextDate::title)
        .containsExactly("a", "b", "c");
  }

  @Test
  void a_related_person_deleted_since_leaves_the_date_without_a_name() {
    Person mother = person("Linda Chen", PersonType.FAMILY_MEMBER, null, null);
    DateItem moms = date("Mom's birthday", FROM, null, null, mother);
    placeNextOccurrence(org, moms.dateItemId(), FROM);
    persons().delete(org, mother.personId());

    ContextDate date = read().dates().items().get(0);

    assertThat(date.relatedPersonId()).isEqualTo(mother.personId());
    assertThat(date.relatedPersonName()).isNull();
  }

  @Test
  void active_projects_come_by_priority_due_date_and_age_with_their_open_tasks_by_position() {
    Project later = project("Later", 3, LocalDate.of(2027, 6, 1), ProjectStatus.NEW);
    Project urgent = project("Urgent", 1, null, ProjectStatus.IN_PROGRESS);
    project("Done", 1, null, ProjectStatus.COMPLETED);
    project("Dropped", 1, null, ProjectStatus.CANCELLED);
    project("Undated", 3, null, ProjectStatus.NEW);
    task(urgent, "Third", 3, TaskStatus.PENDING);
    task(urgent, "First", 1, TaskStatus.IN_PROGRESS);
    task(urgent, "Finished", 0, TaskStatus.COMPLETED);
    task(urgent, "Cancelled", 0, TaskStatus.CANCELLED);
    task(urgent, "Second", 2, TaskStatus.PENDING);

    PersonContext context = read();

    assertThat(context.projects().total()).isEqualTo(3);
    assertThat(context.projects().items())
        .extracting(ActiveProject::title)
        .containsExactly("Urgent", "Later");
    ActiveProject first = context.projects().items().get(0);
    assertThat(first.projectId()).isEqualTo(urgent.projectId());
    assertThat(first.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
    assertThat(first.priority()).isEqualTo(1);
    assertThat(first.openTasks().total()).isEqualTo(3);
    assertThat(first.openTasks().items())
        .extracting(OpenTask::title, OpenTask::status)
        .containsExactly(
            tuple("First", TaskStatus.IN_PROGRESS), tuple("Second", TaskStatus.PENDING));
    ActiveProject second = context.projects().items().get(1);
    assertThat(second.dueDate()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(second.openTasks().total()).isZero();
    assertThat(later.projectId()).isEqualTo(second.projectId());
  }

  @Test
  void preferences_are_newest_captured_first_without_deleted_ones() {
    preference("Oldest", T0.minusSeconds(300));
    Preference newest = preference("Newest", T0);
    preference("Middle", T0.minusSeconds(100));
    Preference deleted = preference("Deleted", T0.plusSeconds(5));
    preferences().delete(org, client, deleted.preferenceId());

    PersonContext context = read();

    assertThat(context.preferences().total()).isEqualTo(3);
    assertThat(context.preferences().items())
        .extracting(Preference::statement)
        .containsExactly("Newest", "Middle");
    assertThat(context.preferences().items().get(0)).isEqualTo(newest);
  }

  @Test
  void the_conversation_brings_its_latest_messages_oldest_first_and_their_count() {
    Conversation conversation = conversation(client);
    message(conversation, "one");
    message(conversation, "two");
    Message three = message(conversation, "three");

    PersonContext context = read(conversation.conversationId());

    assertThat(context.conversation().conversationId()).isEqualTo(conversation.conversationId());
    assertThat(context.conversation().channel()).isEqualTo(ChannelType.WEB);
    assertThat(context.conversation().messages().total()).isEqualTo(3);
    assertThat(context.conversation().messages().items())
        .extracting(Message::content)
        .containsExactly("two", "three");
    assertThat(context.conversation().messages().items().get(1)).isEqualTo(three);
  }

  @Test
  void an_empty_conversation_has_no_messages_and_another_persons_none_at_all() {
    Conversation empty = conversation(client);
    Conversation theirs = conversation(person("Other", PersonType.CLIENT, null, null).personId());
    message(theirs, "not hers");

    assertThat(read(empty.conversationId()).conversation().messages().total()).isZero();
    assertThat(read(theirs.conversationId()).conversation()).isNull();
    assertThat(read(UUID.randomUUID()).conversation()).isNull();
  }

  private Person person(String name, PersonType type, String preferred, LocalDate birthday) {
    return persons()
        .save(
            ContextRecords.person(
                null, org, name, preferred, type, birthday, ZoneId.of("Asia/Tokyo")));
  }

  private void relate(UUID personId, UUID relatedPersonId, String relation) {
    relationships().add(Relationship.of(org, personId, relatedPersonId, relation));
  }

  private DateCategory category(String name) {
    return categories()
        .save(new DateCategory(UUID.randomUUID(), org, name, null, null, null, null, null));
  }

  private DateItem date(
      String title, LocalDate value, String rule, UUID categoryId, Person relatedPerson) {
    return dateItems()
        .save(
            relatedPerson == null
                ? ContextRecords.about(
                    null, org, client, title, value, rule, categoryId, null, null)
                : ContextRecords.about(
                    null,
                    org,
                    client,
                    title,
                    value,
                    rule,
                    categoryId,
                    relatedPerson.personId(),
                    "She loves peonies"));
  }

  private DateItem dateOf(UUID personId, String title, LocalDate value) {
    return dateItems().save(ContextRecords.date(null, org, personId, title, value, null));
  }

  private ReminderRule rule(DateItem date, ReminderType type, Integer leadDays, Instant at) {
    return reminders()
        .save(ContextRecords.rule(org, client, date.dateItemId(), type, leadDays, at));
  }

  private Project project(String title, int priority, LocalDate due, ProjectStatus status) {
    return projects().save(ContextRecords.project(null, org, client, title, status, priority, due));
  }

  private Task task(Project project, String title, int position, TaskStatus status) {
    return projects()
        .saveTask(
            ContextRecords.task(null, org, project.projectId(), title, status, position, null));
  }

  private Preference preference(String statement, Instant capturedAt) {
    return preferences().save(ContextRecords.preference(null, org, client, statement, capturedAt));
  }

  private Conversation conversation(UUID personId) {
    return conversations().save(ContextRecords.conversation(null, org, personId));
  }

  private Message message(Conversation conversation, String content) {
    return conversations()
        .append(
            ContextRecords.fromClient(null, org, conversation.conversationId(), client, content));
  }
}
