package dev.concierge.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.dashboard.ActivityEntry;
import dev.concierge.core.dashboard.ConversationSummary;
import dev.concierge.core.dashboard.DashboardStats;
import dev.concierge.core.dashboard.DashboardWidgets;
import dev.concierge.core.dashboard.ProjectProgress;
import dev.concierge.core.dashboard.RecommendationSummary;
import dev.concierge.core.dashboard.ScheduledDate;
import dev.concierge.core.dashboard.UpcomingDate;
import dev.concierge.core.model.ChannelType;
import dev.concierge.core.model.ProjectStatus;
import dev.concierge.core.model.ResourceType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.ports.ListActivityPort;
import dev.concierge.core.ports.ListScheduledDatesPort;
import dev.concierge.core.ports.LoadDashboardPort;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's overview in PostgreSQL: every dashboard widget and count in one statement (CTEs
 * aggregated to JSON), the dates still ahead, and the activity timeline as one ordered union.
 * Thread-safe.
 */
public final class JdbiDashboardRepository
    implements LoadDashboardPort, ListScheduledDatesPort, ListActivityPort {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

  private static final String DASHBOARD =
      """
      with conv as (
        select c.conversation_id, c.channel_type, left(lm.content, 100) as last_message_preview,
               coalesce(lm.created_at, c.last_message_at) as last_message_at,
               (select count(*) from messages m where m.conversation_id = c.conversation_id)
                 as message_count,
               coalesce(lm.created_at, c.last_message_at, c.created_at) as sort_at
        from conversations c
        left join lateral (
          select m.content, m.created_at from messages m
          where m.conversation_id = c.conversation_id
          order by m.created_at desc, m.message_id desc limit 1) lm on true
        where c.org_id = :orgId and c.person_id = :personId
        order by sort_at desc, c.conversation_id limit :limit),
      upcoming as (
        select d.date_item_id, d.title, d.date_value, d.next_occurrence, dc.category_name,
               dc.icon as category_icon,
               (select count(*) from reminder_rules r
                where r.date_item_id = d.date_item_id and r.deleted_at is null) as reminder_count
        from date_items d left join date_categories dc on dc.category_id = d.category_id
        where d.org_id = :orgId and d.person_id = :personId and d.deleted_at is null
          and d.next_occurrence >= :today
        order by d.next_occurrence, d.title, d.date_item_id limit :limit),
      active as (
        select p.project_id, p.title, p.status, p.priority, p.due_date, p.created_at,
               count(t.task_id) filter (where t.status <> 'cancelled') as total_tasks,
               count(t.task_id) filter (where t.status = 'completed') as completed_tasks
        from projects p left join tasks t on t.project_id = p.project_id
        where p.org_id = :orgId and p.person_id = :personId and p.status in ('new', 'in_progress')
        group by p.project_id
        order by p.priority, p.due_date nulls last, p.created_at desc, p.project_id limit :limit),
      recs as (
        select r.recommendation_id, coalesce(res.name, r.title) as venue_name,
               res.resource_type as category, r.notes, r.created_at
        from recommendations r left join resources res on res.resource_id = r.resource_id
        where r.org_id = :orgId and r.person_id = :personId
        order by r.created_at desc, r.recommendation_id limit :limit)
      select
        (select coalesce(json_agg(c order by c.sort_at desc, c.conversation_id), '[]') from conv c)
          as conversations,
        (select coalesce(json_agg(u order by u.next_occurrence, u.title, u.date_item_id), '[]')
         from upcoming u) as upcoming,
        (select coalesce(json_agg(a order by a.priority, a.due_date nulls last,
                                  a.created_at desc, a.project_id), '[]') from active a)
          as projects,
        (select coalesce(json_agg(r order by r.created_at desc, r.recommendation_id), '[]')
         from recs r) as recommendations,
        (select count(*) from conversations
         where org_id = :orgId and person_id = :personId) as total_conversations,
        (select count(*) from date_items
         where org_id = :orgId and person_id = :personId and deleted_at is null
           and next_occurrence >= :today) as total_upcoming_dates,
        (select count(*) from projects
         where org_id = :orgId and person_id = :personId and status in ('new', 'in_progress'))
          as total_active_projects,
        (select count(*) from recommendations
         where org_id = :orgId and person_id = :personId) as total_recommendations
      """;

  private static final String ACTIVITY =
      """
      from (
        select 'message' as type, m.created_at as occurred_at,
               initcap(m.direction) || ' ' || c.channel_type || ' message: ' || left(m.content, 120)
                 as summary,
               m.message_id as entity_id
        from messages m join conversations c on c.conversation_id = m.conversation_id
        where c.org_id = :orgId and c.person_id = :personId
        union all
        select 'project_created', p.created_at, 'Project created: ' || p.title, p.project_id
        from projects p where p.org_id = :orgId and p.person_id = :personId
        union all
        select 'project_completed', p.completed_at, 'Project completed: ' || p.title, p.project_id
        from projects p
        where p.org_id = :orgId and p.person_id = :personId and p.completed_at is not null
        union all
        select 'task_created', t.created_at, 'Task added to ' || p.title || ': ' || t.title,
               t.task_id
        from tasks t join projects p on p.project_id = t.project_id
        where p.org_id = :orgId and p.person_id = :personId
        union all
        select 'task_completed', t.completed_at, 'Task completed: ' || t.title, t.task_id
        from tasks t join projects p on p.project_id = t.project_id
        where p.org_id = :orgId and p.person_id = :personId and t.completed_at is not null
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

  private final Jdbi jdbi;

  public JdbiDashboardRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public DashboardWidgets loadDashboard(UUID orgId, UUID personId, LocalDate today, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(DASHBOARD)
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("today", today)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new DashboardWidgets(
                            rows(
                                rs.getString("conversations"),
                                JdbiDashboardRepository::conversation),
                            rows(rs.getString("upcoming"), row -> upcoming(row, today)),
                            rows(rs.getString("projects"), JdbiDashboardRepository::project),
                            rows(
                                rs.getString("recommendations"),
                                JdbiDashboardRepository::recommendation),
                            new DashboardStats(
                                rs.getLong("total_conversations"),
                                rs.getLong("total_upcoming_dates"),
                                rs.getLong("total_active_projects"),
                                rs.getLong("total_recommendations"))))
                .one());
  }

  @Override
  public List<ScheduledDate> listScheduledDates(UUID orgId, UUID personId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select d.date_item_id, d.title, d.date_value, d.recurrence_rule,
                           d.leap_day_policy, d.next_occurrence, d.category_id,
                           dc.category_name, dc.icon,
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
                .map(
                    (rs, ctx) ->
                        new ScheduledDate(
                            Columns.uuid(rs, "date_item_id"),
                            rs.getString("title"),
                            Columns.date(rs, "date_value"),
                            rs.getString("recurrence_rule"),
                            LeapDayPolicy.valueOf(
                                rs.getString("leap_day_policy").toUpperCase(Locale.ROOT)),
                            Columns.date(rs, "next_occurrence"),
                            Columns.uuid(rs, "category_id"),
                            rs.getString("category_name"),
                            rs.getString("icon"),
                            rs.getLong("reminder_count")))
                .list());
  }

  @Override
  public Page<ActivityEntry> listActivity(UUID orgId, UUID personId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                "type, occurred_at, summary, entity_id",
                ACTIVITY,
                "occurred_at desc, type, entity_id",
                Map.of("orgId", orgId, "personId", personId),
                (rs, ctx) ->
                    new ActivityEntry(
                        rs.getString("type"),
                        Columns.instant(rs, "occurred_at"),
                        rs.getString("summary"),
                        Columns.uuid(rs, "entity_id")),
                page));
  }

  private static <T> List<T> rows(String json, Function<Map<String, Object>, T> mapper) {
    try {
      return JSON.readValue(json, ROWS).stream().map(mapper).toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dashboard JSON could not be read", e);
    }
  }

  private static ConversationSummary conversation(Map<String, Object> row) {
    return new ConversationSummary(
        UUID.fromString((String) row.get("conversation_id")),
        ChannelType.fromWireName((String) row.get("channel_type")).orElseThrow(),
        (String) row.get("last_message_preview"),
        instant(row.get("last_message_at")),
        ((Number) row.get("message_count")).longValue());
  }

  private static UpcomingDate upcoming(Map<String, Object> row, LocalDate today) {
    LocalDate next = LocalDate.parse((String) row.get("next_occurrence"));
    return new UpcomingDate(
        UUID.fromString((String) row.get("date_item_id")),
        (String) row.get("title"),
        LocalDate.parse((String) row.get("date_value")),
        next,
        next,
        null,
        (String) row.get("category_name"),
        (String) row.get("category_icon"),
        ChronoUnit.DAYS.between(today, next),
        ((Number) row.get("reminder_count")).longValue());
  }

  private static ProjectProgress project(Map<String, Object> row) {
    long total = ((Number) row.get("total_tasks")).longValue();
    long completed = ((Number) row.get("completed_tasks")).longValue();
    Object due = row.get("due_date");
    return new ProjectProgress(
        UUID.fromString((String) row.get("project_id")),
        (String) row.get("title"),
        ProjectStatus.fromWireName((String) row.get("status")).orElseThrow(),
        ((Number) row.get("priority")).intValue(),
        due == null ? null : LocalDate.parse((String) due),
        total,
        completed,
        total == 0 ? 0 : (int) (completed * 100 / total));
  }

  private static RecommendationSummary recommendation(Map<String, Object> row) {
    Object category = row.get("category");
    return new RecommendationSummary(
        UUID.fromString((String) row.get("recommendation_id")),
        (String) row.get("venue_name"),
        category == null ? null : ResourceType.fromWireName((String) category).orElseThrow(),
        (String) row.get("notes"),
        instant(row.get("created_at")));
  }

  private static Instant instant(Object value) {
    return value == null ? null : OffsetDateTime.parse((String) value).toInstant();
  }
}
