package dev.concierge.persistence;

import dev.concierge.core.digest.DigestClient;
import dev.concierge.core.digest.DigestRecipient;
import dev.concierge.core.digest.DigestReminder;
import dev.concierge.core.digest.DigestSources;
import dev.concierge.core.digest.DigestTask;
import dev.concierge.core.paging.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * What a digest reads from persons, projects, reminder_rules and tasks. Each statement limits
 * itself to the recipient's clients with {@link #CLIENTS_OF} (every person of the organization for
 * an admin) and counts its rows with a window before its limit. Thread-safe.
 */
public final class JdbiDigestSources implements DigestSources {

  /** The persons of the open projects assigned to :account; or, when :everyone, any person. */
  private static final String CLIENTS_OF =
      """
      (:everyone or %s in (
        select pr.person_id from projects pr
        where pr.org_id = :org and pr.assigned_to_account_id = :account
          and pr.deleted_at is null and pr.status in ('new', 'in_progress')))
      """;

  private static final String REMINDERS =
      """
      select r.reminder_rule_id, r.person_id,
             coalesce(p.preferred_name, p.full_name) as person_name, d.title as date_title,
             coalesce(i.channel_type, r.channel_type) as channel, %s as at,
             count(*) over () as total
      from reminder_rules r
      join persons p on p.org_id = r.org_id and p.person_id = r.person_id and p.deleted_at is null
      left join date_items d
        on d.org_id = r.org_id and d.date_item_id = r.date_item_id and d.deleted_at is null
      left join comm_identities i
        on i.org_id = r.org_id and i.comm_identity_id = r.comm_identity_id
      where r.org_id = :org and r.deleted_at is null and r.sent_at is null and r.paused_at is null
        and %s and %s
      order by %s, r.reminder_rule_id
      limit :limit
      """;

  private static final RowMapper<DigestClient> CLIENT = ConstructorMapper.of(DigestClient.class);
  private static final RowMapper<DigestReminder> REMINDER =
      ConstructorMapper.of(DigestReminder.class);
  private static final RowMapper<DigestTask> TASK = ConstructorMapper.of(DigestTask.class);

  private final Jdbi jdbi;

  public JdbiDigestSources(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Page<DigestClient> clients(DigestRecipient recipient, int limit) {
    return counted(
        """
        select p.person_id, coalesce(p.preferred_name, p.full_name) as person_name, p.timezone,
               count(*) over () as total
        from persons p
        where p.org_id = :org and p.deleted_at is null and %s
        order by person_name, p.person_id
        limit :limit
        """
            .formatted(clientsOf("p.person_id")),
        recipient,
        limit,
        CLIENT,
        query -> query);
  }

  @Override
  public Page<DigestReminder> dueReminders(
      DigestRecipient recipient, Instant from, Instant to, int limit) {
    return counted(
        REMINDERS.formatted(
            "r.scheduled_datetime",
            "r.failed_at is null and r.scheduled_datetime between :from and :to",
            clientsOf("r.person_id"),
            "r.scheduled_datetime"),
        recipient,
        limit,
        REMINDER,
        query -> query.bind("from", from).bind("to", to));
  }

  @Override
  public Page<DigestReminder> failedReminders(DigestRecipient recipient, int limit) {
    return counted(
        REMINDERS.formatted(
            "r.failed_at", "r.failed_at is not null", clientsOf("r.person_id"), "r.failed_at desc"),
        recipient,
        limit,
        REMINDER,
        query -> query);
  }

  @Override
  public Page<DigestTask> openTasks(DigestRecipient recipient, int limit) {
    return counted(
        """
        select t.task_id, t.project_id, pr.person_id,
               coalesce(p.preferred_name, p.full_name) as person_name,
               pr.title as project_title, t.title, t.due_date, count(*) over () as total
        from tasks t
        join projects pr on pr.org_id = t.org_id and pr.project_id = t.project_id
          and pr.deleted_at is null and pr.status in ('new', 'in_progress')
        join persons p on p.org_id = pr.org_id and p.person_id = pr.person_id
          and p.deleted_at is null
        where t.org_id = :org and t.deleted_at is null and t.status in ('pending', 'in_progress')
          and %s
        order by t.due_date nulls last, pr.title, pr.project_id, t.position, t.task_id
        limit :limit
        """
            .formatted(clientsOf("pr.person_id")),
        recipient,
        limit,
        TASK,
        query -> query);
  }

  private static String clientsOf(String personColumn) {
    return CLIENTS_OF.formatted(personColumn);
  }

  private <T> Page<T> counted(
      String sql,
      DigestRecipient recipient,
      int limit,
      RowMapper<T> mapper,
      java.util.function.UnaryOperator<Query> binding) {
    return jdbi.withHandle(
        handle -> {
          List<T> rows = new ArrayList<>();
          long[] total = {0};
          binding
              .apply(handle.createQuery(sql))
              .bind("org", recipient.orgId())
              .bind("account", recipient.accountId())
              .bind("everyone", recipient.seesEveryClient())
              .bind("limit", limit)
              .map(
                  (rs, ctx) -> {
                    total[0] = rs.getLong("total");
                    return mapper.map(rs, ctx);
                  })
              .forEach(rows::add);
          return new Page<>(rows, total[0]);
        });
  }
}
