package dev.concierge.persistence;

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
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.persons.Person;
import dev.concierge.core.preferences.Preference;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.projects.TaskStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A person's context in PostgreSQL: one statement per part, sent together so that they cost one
 * round trip, each counting its rows with a window before its limit. What a part's rows look up (a
 * category's name, a reminder's days, a relative's name) is read for the rows kept only, in an
 * outer query over the limited ones. Thread-safe.
 */
public final class JdbiPersonContextStore implements PersonContextStore {
  private static final String PERSON =
      "select "
          + JdbiPersonStore.COLUMNS
          + """
          , (select reminder_send_time from organizations o where o.org_id = persons.org_id)
            as reminder_send_time
          from persons
          where org_id = :orgId and person_id = :personId and deleted_at is null
          """;

  /** The other person of each relationship the person is in, while they live. */
  private static final String RELATIONSHIPS =
      """
      select r.relationship_id, r.relation, r.person_id = :personId as own,
             other.person_id, other.full_name, other.preferred_name, other.person_type,
             other.birthday, count(*) over () as total
      from person_relationships r
      join persons other on other.org_id = r.org_id and other.deleted_at is null
        and other.person_id = case when r.person_id = :personId
                                   then r.related_person_id else r.person_id end
      where r.org_id = :orgId
        and (r.person_id = :personId or r.related_person_id = :personId)
      order by r.person_id <> :personId, r.relation, r.created_at, r.relationship_id
      limit :relationships
      """;

  private static final String CATEGORIES =
      "select "
          + JdbiDateCategoryStore.COLUMNS
          + """
          , count(*) over () as total
          from date_categories where org_id = :orgId
          order by lower(category_name), category_id
          limit :categories
          """;

  private static final String DATES =
      """
      select d.date_item_id, d.title, d.date_value, d.recurrence_rule, d.leap_day_policy,
             d.next_occurrence,
             (select c.category_name from date_categories c
              where c.org_id = d.org_id and c.category_id = d.category_id) as category_name,
             d.related_person_id,
             (select rp.full_name from persons rp
              where rp.org_id = d.org_id and rp.person_id = d.related_person_id
                and rp.deleted_at is null) as related_person_name,
             d.notes,
             array(select r.lead_time_days from reminder_rules r
                   where r.org_id = d.org_id and r.date_item_id = d.date_item_id
                     and r.deleted_at is null and r.reminder_type = 'lead_time'
                   order by r.lead_time_days desc) as lead_days,
             array(select r.scheduled_datetime from reminder_rules r
                   where r.org_id = d.org_id and r.date_item_id = d.date_item_id
                     and r.deleted_at is null and r.reminder_type = 'scheduled'
                     and r.sent_at is null and r.failed_at is null
                   order by r.scheduled_datetime) as scheduled_at,
             d.total
      from (
        select date_item_id, org_id, title, date_value, recurrence_rule, leap_day_policy,
               next_occurrence, category_id, related_person_id, notes,
               count(*) over () as total
        from date_items
        where org_id = :orgId and person_id = :personId and deleted_at is null
          and next_occurrence between :datesFrom and :datesTo
        order by next_occurrence, title, date_item_id
        limit :dateRows) d
      order by d.next_occurrence, d.title, d.date_item_id
      """;

  private static final String ACTIVE_PROJECTS =
      """
      from projects
      where org_id = :orgId and person_id = :personId and status in ('new', 'in_progress')
        and deleted_at is null
      order by priority, due_date nulls last, created_at desc, project_id
      limit :projects
      """;

  private static final String PROJECTS =
      "select project_id, title, status, priority, due_date, count(*) over () as total "
          + ACTIVE_PROJECTS;

  /** The open tasks of the projects {@link #PROJECTS} keeps, by project in its order. */
  private static final String TASKS =
      """
      select t.project_id, t.task_id, t.title, t.status, t.due_date, t.total
      from (select project_id,
                   row_number() over (order by priority, due_date nulls last, created_at desc,
                                               project_id) as n
            %s) p
      cross join lateral (
        select task_id, project_id, title, status, due_date,
               row_number() over (order by position, created_at, task_id) as k,
               count(*) over () as total
        from tasks
        where org_id = :orgId and project_id = p.project_id
          and status in ('pending', 'in_progress') and deleted_at is null
        order by position, created_at, task_id
        limit :tasks) t
      order by p.n, t.k
      """
          .formatted(ACTIVE_PROJECTS);

  private static final String PREFERENCES =
      "select "
          + JdbiPreferenceStore.COLUMNS
          + """
          , count(*) over () as total
          from person_preferences
          where org_id = :orgId and person_id = :personId and deleted_at is null
          order by captured_at desc, preference_id
          limit :preferences
          """;

  private static final String THE_CONVERSATION =
      """
      from conversations
      where org_id = :orgId and conversation_id = :conversationId and person_id = :personId
        and deleted_at is null
      """;

  private static final String CONVERSATION_STATEMENT =
      "select conversation_id, channel_type, 1 as total " + THE_CONVERSATION;

  private static final String MESSAGES =
      "select * from (select "
          + JdbiConversationStore.MESSAGE_COLUMNS
          + ", count(*) over () as total from messages"
          + " where org_id = :orgId and deleted_at is null"
          + " and conversation_id = (select conversation_id "
          + THE_CONVERSATION
          + ") order by created_at desc, message_id desc limit :messages) latest"
          + " order by created_at, message_id";

  private static final String CONTEXT =
      String.join(
          ";\n",
          PERSON,
          RELATIONSHIPS,
          CATEGORIES,
          DATES,
          PROJECTS,
          TASKS,
          PREFERENCES,
          CONVERSATION_STATEMENT,
          MESSAGES);

  private static final RowMapper<Relative> RELATIVE = ConstructorMapper.of(Relative.class);
  private static final RowMapper<ContextDate> DATE = ConstructorMapper.of(ContextDate.class);
  private static final RowMapper<ProjectRow> PROJECT = ConstructorMapper.of(ProjectRow.class);
  private static final RowMapper<TaskRow> TASK = ConstructorMapper.of(TaskRow.class);
  private static final RowMapper<ConversationRow> CONVERSATION =
      ConstructorMapper.of(ConversationRow.class);

  private final Jdbi jdbi;

  public JdbiPersonContextStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<PersonContext> find(
      UUID orgId,
      UUID personId,
      UUID conversationId,
      LocalDate datesFrom,
      LocalDate datesTo,
      ContextLimits limits) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(CONTEXT)
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("conversationId", conversationId)
                .bind("datesFrom", datesFrom)
                .bind("datesTo", datesTo)
                .bind("relationships", limits.relationships())
                .bind("categories", limits.categories())
                .bind("dateRows", limits.dateRows())
                .bind("projects", limits.projects())
                .bind("tasks", limits.tasks())
                .bind("preferences", limits.preferences())
                .bind("messages", limits.messages())
                .execute((statement, ctx) -> context(statement.get(), ctx)));
  }

  private static Optional<PersonContext> context(Statement results, StatementContext ctx)
      throws SQLException {
    Person person;
    LocalTime sendTime;
    try (ResultSet rs = results.getResultSet()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      person = JdbiPersonStore.PERSON.map(rs, ctx);
      sendTime = rs.getObject("reminder_send_time", LocalTime.class);
    }
    Page<Relative> relatives = CountedResults.next(results, ctx, RELATIVE);
    Page<DateCategory> categories =
        CountedResults.next(results, ctx, JdbiDateCategoryStore.CATEGORY);
    Page<ContextDate> dates = CountedResults.next(results, ctx, DATE);
    Page<ProjectRow> projects = CountedResults.next(results, ctx, PROJECT);
    Map<UUID, List<OpenTask>> tasks = new LinkedHashMap<>();
    Map<UUID, Long> openTasks = new LinkedHashMap<>();
    for (TaskRow task : CountedResults.next(results, ctx, TASK).items()) {
      tasks.computeIfAbsent(task.projectId(), id -> new ArrayList<>()).add(task.task());
      openTasks.put(task.projectId(), task.total());
    }
    Page<Preference> preferences =
        CountedResults.next(results, ctx, JdbiPreferenceStore.PREFERENCE);
    List<ConversationRow> conversation = CountedResults.next(results, ctx, CONVERSATION).items();
    Page<Message> messages = CountedResults.next(results, ctx, JdbiConversationStore.MESSAGE);
    return Optional.of(
        new PersonContext(
            person,
            sendTime,
            relatives,
            categories,
            dates,
            projects.map(
                project ->
                    project.active(
                        new Page<>(
                            tasks.getOrDefault(project.projectId(), List.of()),
                            openTasks.getOrDefault(project.projectId(), 0L)))),
            preferences,
            conversation.isEmpty()
                ? null
                : new RecentConversation(
                    conversation.get(0).conversationId(),
                    conversation.get(0).channelType(),
                    messages)));
  }

  /** An active project before its open tasks are attached. */
  record ProjectRow(
      UUID projectId, String title, ProjectStatus status, int priority, LocalDate dueDate) {
    ActiveProject active(Page<OpenTask> openTasks) {
      return new ActiveProject(projectId, title, status, priority, dueDate, openTasks);
    }
  }

  /** An open task with its project and how many open tasks that project has. */
  record TaskRow(
      UUID projectId, UUID taskId, String title, TaskStatus status, LocalDate dueDate, long total) {
    OpenTask task() {
      return new OpenTask(taskId, title, status, dueDate);
    }
  }

  /** The conversation a run is part of. */
  record ConversationRow(UUID conversationId, ChannelType channelType) {}
}
