package dev.concierge.persistence;

import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.dashboard.ActivityEntry;
import dev.concierge.core.dashboard.ClientDate;
import dev.concierge.core.dashboard.ConversationSummary;
import dev.concierge.core.dashboard.Dashboard;
import dev.concierge.core.dashboard.DashboardStats;
import dev.concierge.core.dashboard.DashboardStore;
import dev.concierge.core.dashboard.DashboardWidgets;
import dev.concierge.core.dashboard.ProjectProgress;
import dev.concierge.core.dashboard.RecommendationSummary;
import dev.concierge.core.dashboard.ScheduledDate;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.projects.ProjectStatus;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.Today;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A person's overview in PostgreSQL: the person with every dashboard widget and count in one round
 * trip, the dates still ahead, and the activity timeline as one ordered union. Thread-safe.
 */
public final class JdbiDashboardStore implements DashboardStore {
  /**
   * The person and each widget as its own statement, sent together so that they cost one round
   * trip; each widget counts its rows with a window before its limit, so that no table is scanned
   * twice. The person's today is only known once their row is read, so dates come from {@code
   * :earliest}, the earliest date anyone can be living on at "now": every date before {@code
   * :latest} (the latest such date) comes back, with {@code :limit} more, and Java keeps those from
   * the person's today. Categories and reminder counts are looked up for the rows returned only,
   * and as scalar subqueries, so that the rows keep the window's order instead of being sorted
   * again.
   *
   * <p>Unlike the rest of the service (the pool forces a plan per execution), these statements may
   * run PostgreSQL's generic plan once the driver has prepared them: each reads one person's rows
   * through indexes led by the person's id, so a plan made for an average organization is the right
   * one for every organization, and planning the five statements anew cost twice their execution
   * (docs/PERFORMANCE.md, "The dashboard on generic plans"). The setting is local to the
   * transaction the statements share (they go out together and end with one Sync), so the
   * connection goes back to the pool as it came.
   *
   * <p>The five stay five statements: one {@code union all} of the parts, each row null but in its
   * own part's columns, cost PostgreSQL about a third more per dashboard, not less
   * (docs/PERFORMANCE.md, "The dashboard as one statement, tried").
   */
  private static final String DASHBOARD =
      "select set_config('plan_cache_mode', 'auto', true); select "
          + JdbiPersonStore.COLUMNS
          + """
          from persons
          where org_id = :orgId and person_id = :personId and deleted_at is null;

          select c.conversation_id, c.channel_type, left(lm.content, 100) as last_message_preview,
                 coalesce(lm.created_at, c.last_message_at) as last_message_at,
                 (select count(*) from messages m
                  where m.conversation_id = c.conversation_id and m.deleted_at is null)
                   as message_count,
                 count(*) over () as total
          from conversations c
          left join lateral (
            select m.content, m.created_at from messages m
            where m.conversation_id = c.conversation_id and m.deleted_at is null
            order by m.created_at desc, m.message_id desc limit 1) lm on true
          where c.org_id = :orgId and c.person_id = :personId and c.deleted_at is null
          order by coalesce(lm.created_at, c.last_message_at, c.created_at) desc, c.conversation_id
          limit :limit;

          select d.date_item_id, d.title, d.date_value, d.recurrence_rule, d.leap_day_policy,
                 d.next_occurrence, d.category_id,
                 (select category_name from date_categories dc
                  where dc.category_id = d.category_id) as category_name,
                 (select icon from date_categories dc
                  where dc.category_id = d.category_id) as category_icon,
                 (select count(*) from reminder_rules r
                  where r.date_item_id = d.date_item_id and r.deleted_at is null) as reminder_count,
                 d.total
          from (
            select date_item_id, title, date_value, recurrence_rule, leap_day_policy,
                   next_occurrence, category_id,
                   row_number() over w as n,
                   count(*) filter (where next_occurrence < :latest) over w as before_latest,
                   count(*) over w as total
            from date_items
            where org_id = :orgId and person_id = :personId and deleted_at is null
              and next_occurrence >= :earliest
            window w as (order by next_occurrence, title, date_item_id
                         rows between unbounded preceding and unbounded following)) d
          where d.n <= d.before_latest + :limit
          order by d.next_occurrence, d.title, d.date_item_id;

          select p.project_id, p.title, p.status, p.priority, p.due_date, t.total_tasks,
                 t.completed_tasks, p.total
          from (
            select project_id, title, status, priority, due_date, created_at,
                   count(*) over () as total
            from projects
            where org_id = :orgId and person_id = :personId and status in ('new', 'in_progress')
              and deleted_at is null
            order by priority, due_date nulls last, created_at desc, project_id
            limit :limit) p
          cross join lateral (
            select count(*) filter (where status <> 'cancelled') as total_tasks,
                   count(*) filter (where status = 'completed') as completed_tasks
            from tasks where project_id = p.project_id and deleted_at is null) t
          order by p.priority, p.due_date nulls last, p.created_at desc, p.project_id;

          select r.recommendation_id, r.resource_id, coalesce(res.name, r.title) as venue_name,
                 res.resource_type as category,
                 res.resource_id is not null and res.deleted_at is null as in_catalogue,
                 r.title, r.notes, r.created_at, count(*) over () as total
          from recommendations r left join resources res on res.resource_id = r.resource_id
          where r.org_id = :orgId and r.person_id = :personId
          order by r.created_at desc, r.recommendation_id
          limit :limit
          """;

  private static final String ACTIVITY =
      """
      from (
        select 'message' as type, m.created_at as occurred_at,
               initcap(m.direction) || ' ' || c.channel_type || ' message: ' || left(m.content, 120)
                 as summary,
               m.message_id as entity_id
        from messages m join conversations c on c.conversation_id = m.conversation_id
        where c.org_id = :orgId and c.person_id = :personId and m.deleted_at is null
        union all
        select 'project_created', p.created_at, 'Project created: ' || p.title, p.project_id
        from projects p
        where p.org_id = :orgId and p.person_id = :personId and p.deleted_at is null
        union all
        select 'project_completed', p.completed_at, 'Project completed: ' || p.title, p.project_id
        from projects p
        where p.org_id = :orgId and p.person_id = :personId and p.completed_at is not null
          and p.deleted_at is null
        union all
        select 'task_created', t.created_at, 'Task added to ' || p.title || ': ' || t.title,
               t.task_id
        from tasks t join projects p on p.project_id = t.project_id
        where p.org_id = :orgId and p.person_id = :personId and t.deleted_at is null
        union all
        select 'task_completed', t.completed_at, 'Task completed: ' || t.title, t.task_id
        from tasks t join projects p on p.project_id = t.project_id
        where p.org_id = :orgId and p.person_id = :personId and t.completed_at is not null
          and t.deleted_at is null
        union all
        select 'date_item_created', d.created_at,
               'Date added: ' || d.title || ' (' || d.date_value || ')', d.date_item_id
        from date_items d
        where d.org_id = :orgId and d.person_id = :personId and d.deleted_at is null
        union all
        select case when x.status = 'delivered' then 'reminder_sent' else 'reminder_failed' end,
               coalesce(x.finished_at, x.started_at),
               case when x.status = 'delivered' then 'Reminder sent by ' else 'Reminder failed on ' end
                 || x.channel_type || coalesce(': ' || d.title, ''),
               r.reminder_rule_id
        from reminder_deliveries x
        join reminder_rules r on r.reminder_rule_id = x.reminder_rule_id
        left join date_items d on d.date_item_id = r.date_item_id
        where r.org_id = :orgId and r.person_id = :personId
          and x.status in ('delivered', 'failed_permanent')
      ) activity
      """;

  // The dashboard's rows are read column by column, as JdbiPersonStore.PERSON is and for the same
  // reason: ConstructorMapper's reflection, anew for each of the five result sets, was over half of
  // what a dashboard request allocated and a quarter of its time in the JVM.
  static final RowMapper<ScheduledDate> SCHEDULED_DATE =
      (rs, ctx) ->
          new ScheduledDate(
              rs.getObject("date_item_id", UUID.class),
              rs.getString("title"),
              rs.getObject("date_value", LocalDate.class),
              rs.getString("recurrence_rule"),
              ColumnTypes.wireNamed(LeapDayPolicy.class, rs.getString("leap_day_policy")),
              rs.getObject("next_occurrence", LocalDate.class),
              rs.getObject("category_id", UUID.class),
              rs.getString("category_name"),
              rs.getString("category_icon"),
              rs.getLong("reminder_count"));
  static final RowMapper<ConversationSummary> CONVERSATION =
      (rs, ctx) ->
          new ConversationSummary(
              rs.getObject("conversation_id", UUID.class),
              ColumnTypes.wireNamed(ChannelType.class, rs.getString("channel_type")),
              rs.getString("last_message_preview"),
              ColumnTypes.instant(rs, "last_message_at"),
              rs.getLong("message_count"));
  static final RowMapper<ProjectRow> PROJECT =
      (rs, ctx) ->
          new ProjectRow(
              rs.getObject("project_id", UUID.class),
              rs.getString("title"),
              ColumnTypes.wireNamed(ProjectStatus.class, rs.getString("status")),
              rs.getInt("priority"),
              rs.getObject("due_date", LocalDate.class),
              rs.getLong("total_tasks"),
              rs.getLong("completed_tasks"));
  static final RowMapper<RecommendationSummary> RECOMMENDATION =
      (rs, ctx) ->
          new RecommendationSummary(
              rs.getObject("recommendation_id", UUID.class),
              rs.getObject("resource_id", UUID.class),
              rs.getString("venue_name"),
              ColumnTypes.wireNamed(ResourceType.class, rs.getString("category")),
              rs.getBoolean("in_catalogue"),
              rs.getString("title"),
              rs.getString("notes"),
              ColumnTypes.instant(rs, "created_at"));
  private static final RowMapper<ActivityEntry> ACTIVITY_ENTRY =
      ConstructorMapper.of(ActivityEntry.class);

  /** A date's month and day as V21 keeps them: 315 for 15 March. */
  private static final String YEARLY_DAY = "d.month_day";

  /** A live person's live plain yearly date falling from :fromDay to :toDay of :year. */
  private static final String YEARLY_IN_SPAN =
      " where d.org_id = :orgId and d.deleted_at is null and d.recurrence_rule = 'FREQ=YEARLY'"
          + " and "
          + YEARLY_DAY
          + " between :fromDay and :toDay and "
          + YEARLY_DAY
          + " <> 229 and d.next_occurrence is not null and p.deleted_at is null"
          + " and make_date(:year, extract(month from d.date_value)::int,"
          + " extract(day from d.date_value)::int) >= d.date_value";

  /** A date with its person, category and live reminders; the caller adds its where clause. */
  private static final String CLIENT_DATE =
      """
      select p.person_id, p.full_name, p.timezone,
             d.date_item_id, d.title, d.date_value, d.recurrence_rule,
             d.leap_day_policy, d.next_occurrence, d.category_id,
             dc.category_name, dc.icon as category_icon,
             (select count(*) from reminder_rules r
              where r.date_item_id = d.date_item_id and r.deleted_at is null) as reminder_count
      from date_items d
      join persons p on p.person_id = d.person_id and p.org_id = d.org_id
      left join date_categories dc on dc.category_id = d.category_id
      """;

  private static final RowMapper<ClientDate> CLIENT_DATE_ROW =
      (rs, ctx) ->
          new ClientDate(
              rs.getObject("person_id", UUID.class),
              rs.getString("full_name"),
              ZoneId.of(rs.getString("timezone")),
              SCHEDULED_DATE.map(rs, ctx));

  private final Jdbi jdbi;

  public JdbiDashboardStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Dashboard> find(UUID orgId, UUID personId, Instant now, int widgetSize) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(DASHBOARD)
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("earliest", LocalDate.ofInstant(now, ZoneOffset.MIN))
                .bind("latest", LocalDate.ofInstant(now, ZoneOffset.MAX))
                .bind("limit", widgetSize)
                .execute((statement, ctx) -> dashboard(statement.get(), ctx, now, widgetSize)));
  }

  private static Optional<Dashboard> dashboard(
      Statement results, StatementContext ctx, Instant now, int limit) throws SQLException {
    Person person;
    results.getMoreResults(); // past set_config
    try (ResultSet rs = results.getResultSet()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      person = JdbiPersonStore.PERSON.map(rs, ctx);
    }
    LocalDate today = Today.at(person.timezone(), now);
    Page<ConversationSummary> conversations = CountedResults.next(results, ctx, CONVERSATION);
    Page<ScheduledDate> dates = CountedResults.next(results, ctx, SCHEDULED_DATE);
    Page<ProjectRow> projects = CountedResults.next(results, ctx, PROJECT);
    Page<RecommendationSummary> recommendations = CountedResults.next(results, ctx, RECOMMENDATION);
    List<UpcomingDateSummary> upcoming = new ArrayList<>(limit);
    long beforeToday = 0;
    for (ScheduledDate date : dates.items()) {
      if (date.nextOccurrence().isBefore(today)) {
        beforeToday++;
      } else if (upcoming.size() < limit) {
        upcoming.add(date.occurringOn(date.nextOccurrence(), today));
      }
    }
    return Optional.of(
        new Dashboard(
            person,
            new DashboardWidgets(
                conversations.items(),
                upcoming,
                projects.items().stream().map(ProjectRow::progress).toList(),
                recommendations.items(),
                new DashboardStats(
                    conversations.total(),
                    dates.total() - beforeToday,
                    projects.total(),
                    recommendations.total()))));
  }

  @Override
  public List<ScheduledDate> scheduledDates(UUID orgId, UUID personId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select d.date_item_id, d.title, d.date_value, d.recurrence_rule,
                           d.leap_day_policy, d.next_occurrence, d.category_id,
                           dc.category_name, dc.icon as category_icon,
                           (select count(*) from reminder_rules r
                            where r.date_item_id = d.date_item_id and r.deleted_at is null)
                             as reminder_count
                    from date_items d left join date_categories dc
                      on dc.category_id = d.category_id
                    where d.org_id = :orgId and d.person_id = :personId
                      and d.deleted_at is null and d.next_occurrence is not null
                    order by d.next_occurrence, d.date_item_id
                    """)
                .bind("orgId", orgId)
                .bind("personId", personId)
                .map(SCHEDULED_DATE)
                .list());
  }

  @Override
  public List<ClientDate> scheduledDatesOf(UUID orgId, Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    CLIENT_DATE
                        + """
                        where d.org_id = :orgId and d.person_id = any(:personIds)
                          and d.deleted_at is null and d.next_occurrence is not null
                          and p.deleted_at is null
                        order by d.person_id, d.next_occurrence, d.date_item_id
                        """)
                .bind("orgId", orgId)
                .bind("personIds", personIds.toArray(UUID[]::new))
                .map(CLIENT_DATE_ROW)
                .list());
  }

  @Override
  public List<ClientDate> datesBetween(UUID orgId, LocalDate from, LocalDate to) {
    // two halves, so that each reads its own partial index (V21) and neither the plain yearly dates
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select * from ("
                        + CLIENT_DATE
                        + """
                        where d.org_id = :orgId and d.deleted_at is null and p.deleted_at is null
                          and d.recurrence_rule is null and d.date_value between :from and :to
                        union all
                        """
                        + CLIENT_DATE
                        + """
                        where d.org_id = :orgId and d.deleted_at is null and p.deleted_at is null
                          and d.recurrence_rule is not null
                          and (d.recurrence_rule <> 'FREQ=YEARLY' or d.month_day = 229)
                          and (d.recurrence_rule <> 'FREQ=YEARLY' or :leapDayInSpan)
                          and d.next_occurrence is not null and d.date_value <= :to
                        ) dates
                        order by full_name, person_id, date_item_id
                        """)
                .bind("orgId", orgId)
                .bind("from", from)
                .bind("to", to)
                .bind("leapDayInSpan", leapDayIn(from, to))
                .map(CLIENT_DATE_ROW)
                .list());
  }

  /** Whether a yearly date of 29 February can fall in the span: on the 28th, or the 29th. */
  private static boolean leapDayIn(LocalDate from, LocalDate to) {
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getMonthValue() == 2 && day.getDayOfMonth() >= 28) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Page<ClientDate> yearlyBetween(
      UUID orgId, LocalDate from, LocalDate to, DaysAhead ahead, int limit) {
    // month * 100 + day increases with the occurrence within a year, so a span across New Year is
    // read as its December part, then its January part, each in the index's order
    List<DaySpan> parts =
        from.getYear() == to.getYear()
            ? List.of(new DaySpan(from, to))
            : List.of(
                new DaySpan(from, LocalDate.of(from.getYear(), 12, 31)),
                new DaySpan(LocalDate.of(to.getYear(), 1, 1), to));
    String window =
        ahead == null
            ? ""
            : " and make_date(:year, extract(month from d.date_value)::int,"
                + " extract(day from d.date_value)::int)"
                + " - (cast(:now as timestamptz) at time zone p.timezone)::date"
                + " between 0 and :days";
    return jdbi.withHandle(
        handle -> {
          List<ClientDate> found = new ArrayList<>();
          long total = 0;
          for (DaySpan part : parts) {
            Map<String, Object> binds = new HashMap<>();
            binds.put("orgId", orgId);
            binds.put("year", part.first().getYear());
            binds.put("fromDay", DaySpan.key(part.first()));
            binds.put("toDay", DaySpan.key(part.last()));
            if (ahead != null) {
              binds.put("now", OffsetDateTime.ofInstant(ahead.now(), ZoneOffset.UTC));
              binds.put("days", ahead.days());
            }
            String where = YEARLY_IN_SPAN + window;
            // counting every one would read them all: a month of a large organization's is tens
            // of thousands of rows, each a random read, for a number nobody reads to the unit
            total +=
                handle
                    .createQuery(
                        "select count(*) from (select 1 from date_items d join persons p"
                            + " on p.person_id = d.person_id and p.org_id = d.org_id "
                            + where
                            // in the index's order, so that the count stops where the limit is
                            + " order by "
                            + YEARLY_DAY
                            + " limit :countUpTo) counted")
                    .bindMap(binds)
                    .bind("countUpTo", DashboardStore.countedUpTo(ahead) - total)
                    .mapTo(Long.class)
                    .one();
            int wanted = limit - found.size();
            if (wanted > 0) {
              found.addAll(
                  handle
                      .createQuery(
                          CLIENT_DATE
                              + where
                              + " order by "
                              + YEARLY_DAY
                              + """
                              , p.full_name collate "C", d.title collate "C", p.person_id,
                                d.date_item_id
                              limit :limit
                              """)
                      .bindMap(binds)
                      .bind("limit", wanted)
                      .map(CLIENT_DATE_ROW)
                      .list());
            }
          }
          return new Page<>(found, total);
        });
  }

  @Override
  public Page<ActivityEntry> activity(UUID orgId, UUID personId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                "type, occurred_at, summary, entity_id",
                ACTIVITY,
                "occurred_at desc, type, entity_id",
                Map.of("orgId", orgId, "personId", personId),
                ACTIVITY_ENTRY,
                page));
  }

  /** Days of one year, the first and the last included. */
  private record DaySpan(LocalDate first, LocalDate last) {
    /** A day's month and day as the index has them. */
    static int key(LocalDate day) {
      return day.getMonthValue() * 100 + day.getDayOfMonth();
    }
  }

  /** An active project's row of the dashboard, before its progress is worked out. */
  record ProjectRow(
      UUID projectId,
      String title,
      ProjectStatus status,
      int priority,
      LocalDate dueDate,
      long totalTasks,
      long completedTasks) {
    ProjectProgress progress() {
      return ProjectProgress.of(
          projectId, title, status, priority, dueDate, totalTasks, completedTasks);
    }
  }
}
