package dev.concierge.persistence;

import dev.concierge.core.reminders.delivery.DeliveryAttempt;
import dev.concierge.core.reminders.delivery.DueReminder;
import dev.concierge.core.reminders.delivery.PendingReminder;
import dev.concierge.core.reminders.delivery.ReminderQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The reminder queue in PostgreSQL: the dispatcher's side of reminder_rules and
 * reminder_deliveries. A claim is one statement (pick due rows with {@code FOR UPDATE SKIP LOCKED},
 * stamp the lease, count the attempt, and read the person, date and route); recording a round is
 * one statement too (arrays unnested into the delivery rows and the rules' new state). Thread-safe.
 */
public final class JdbiReminderQueue implements ReminderQueue {

  private static final String DUE =
      """
      sent_at is null and failed_at is null and deleted_at is null and paused_at is null
        and scheduled_datetime <= :now
      """;

  private static final String CLAIM =
      """
      with due as (
        select reminder_rule_id from reminder_rules
        where\s"""
          + DUE
          + """
            and (next_attempt_at is null or next_attempt_at <= :now)
            and (claim_expires_at is null or claim_expires_at <= :now)
          order by scheduled_datetime
          limit :limit
          for update skip locked),
        claimed as (
          update reminder_rules r
          set claimed_by = :dispatcher, claim_expires_at = :leaseEnd,
              attempt_count = r.attempt_count + 1
          from due where r.reminder_rule_id = due.reminder_rule_id
          returning r.reminder_rule_id, r.org_id, r.person_id, r.date_item_id, r.comm_identity_id,
                    r.channel_type, r.scheduled_datetime, r.attempt_count, r.occurrence_date,
                    r.metadata_jsonb ->> 'action' as action)
      select c.reminder_rule_id, c.org_id, c.person_id, c.scheduled_datetime as cycle,
             c.attempt_count as attempt_number,
             route.comm_identity_id, route.channel_type as channel,
             route.identity_value as recipient,
             coalesce(p.preferred_name, p.full_name) as person_name, p.timezone as zone,
             d.title as date_title, dc.category_name,
             coalesce(c.occurrence_date, d.next_occurrence) as occurrence_date,
             -- a standalone reminder says what it is for in its action ("Book the table")
             case when c.date_item_id is null then c.action else d.notes end as notes,
             related.full_name as related_person_name
      from claimed c
      join persons p on p.person_id = c.person_id
      left join date_items d on d.date_item_id = c.date_item_id
      left join date_categories dc on dc.category_id = d.category_id
      left join persons related on related.person_id = d.related_person_id
      left join lateral (
        -- the identity of the rule, else a primary identity of the person (its channel first)
        select i.comm_identity_id, i.channel_type, i.identity_value
        from comm_identities i
        where i.person_id = c.person_id and i.deleted_at is null
          and (i.comm_identity_id = c.comm_identity_id or i.is_primary)
        order by i.comm_identity_id = c.comm_identity_id desc nulls last,
                 i.channel_type = c.channel_type desc nulls last,
                 array_position(array['slack', 'email', 'sms', 'phone', 'web'], i.channel_type)
        limit 1) route on true
      """;

  private static final String RECORD =
      """
      with input as (
        -- the dispatcher is a column, not a constant: compared with claimed_by as a constant, a
        -- value just written and not yet analysed, it was estimated to match one row, and the
        -- planner scanned the table for it and compared each of the round's rules with each
        -- attempt (500 x 500) instead of looking the rules up by id
        select t.*, cast(:dispatcher as text) as dispatcher
        from unnest(cast(:ruleIds as uuid[]), cast(:orgIds as uuid[]),
                             cast(:cycles as timestamptz[]), cast(:attemptNumbers as int[]),
                             cast(:channels as text[]), cast(:identityIds as uuid[]),
                             cast(:recipients as text[]), cast(:providers as text[]),
                             cast(:messages as text[]), cast(:composedBy as text[]),
                             cast(:statuses as text[]), cast(:providerMessageIds as text[]),
                             cast(:errorCodes as text[]), cast(:errorMessages as text[]),
                             cast(:startedAts as timestamptz[]), cast(:finishedAts as timestamptz[]),
                             cast(:outcomes as text[]), cast(:nextAttemptAts as timestamptz[]))
          as t(rule_id, org_id, cycle, attempt_number, channel_type, comm_identity_id, recipient,
               provider, rendered_message, composed_by, status, provider_message_id, error_code,
               error_message, started_at, finished_at, outcome, next_attempt_at)),
      deliveries as (
        insert into reminder_deliveries (org_id, reminder_rule_id, scheduled_datetime,
          attempt_number, channel_type, comm_identity_id, recipient, provider, rendered_message,
          composed_by, status, provider_message_id, error_code, error_message, started_at,
          finished_at)
        select org_id, rule_id, cycle, attempt_number, channel_type, comm_identity_id, recipient,
               provider, rendered_message, composed_by, status, provider_message_id, error_code,
               error_message, started_at, finished_at
        from input
        -- a cycle already delivered (a re-armed rule, a lost lease) is not delivered again
        on conflict do nothing)
      update reminder_rules r set
        sent_at = case when i.outcome = 'delivered' then i.finished_at else r.sent_at end,
        failed_at = case when i.outcome in ('failed', 'exhausted') then i.finished_at
                    else r.failed_at end,
        next_attempt_at = i.next_attempt_at,
        claimed_by = null,
        claim_expires_at = null,
        metadata_jsonb = r.metadata_jsonb || jsonb_build_object(
          'delivery_status',
          case when i.outcome = 'delivered' then 'sent'
               when i.outcome in ('failed', 'exhausted') then 'failed' else 'pending' end)
      from input i
      where r.reminder_rule_id = i.rule_id and r.claimed_by = i.dispatcher
        and r.scheduled_datetime = i.cycle
      """;

  // skip locked: a row another transaction is changing is most likely being claimed or recorded by
  // another dispatcher, and waiting for it could deadlock with that one's round
  private static final String RENEW =
      """
      update reminder_rules r set claim_expires_at = :leaseEnd
      from (select reminder_rule_id from reminder_rules
            where (reminder_rule_id, scheduled_datetime) in (
                    select * from unnest(cast(:ruleIds as uuid[]), cast(:cycles as timestamptz[])))
              and claimed_by = :dispatcher and sent_at is null and failed_at is null
            for update skip locked) held
      where r.reminder_rule_id = held.reminder_rule_id
      returning r.reminder_rule_id
      """;

  private static final RowMapper<DueReminder> DUE_REMINDER =
      ConstructorMapper.of(DueReminder.class);
  private static final RowMapper<PendingReminder> PENDING_REMINDER =
      ConstructorMapper.of(PendingReminder.class);

  private final Jdbi jdbi;

  public JdbiReminderQueue(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<DueReminder> claim(String dispatcherId, Instant now, Duration lease, int limit) {
    return jdbi.inTransaction(
        handle ->
            handle
                .createQuery(CLAIM)
                .bind("dispatcher", dispatcherId)
                .bind("now", now)
                .bind("leaseEnd", now.plus(lease))
                .bind("limit", limit)
                .map(DUE_REMINDER)
                .list());
  }

  @Override
  public Set<UUID> renew(
      String dispatcherId, List<DueReminder> claimed, Instant now, Duration lease) {
    if (claimed.isEmpty()) {
      return Set.of();
    }
    return jdbi.inTransaction(
        handle ->
            handle
                .createQuery(RENEW)
                .bind("dispatcher", dispatcherId)
                .bind("leaseEnd", now.plus(lease))
                .bindArray(
                    "ruleIds",
                    UUID.class,
                    claimed.stream().map(DueReminder::reminderRuleId).toList())
                .bindArray(
                    "cycles", String.class, claimed.stream().map(r -> ts(r.cycle())).toList())
                .mapTo(UUID.class)
                .collect(Collectors.toSet()));
  }

  @Override
  public void record(String dispatcherId, List<DeliveryAttempt> attempts) {
    if (attempts.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        handle ->
            handle
                .createUpdate(RECORD)
                .bind("dispatcher", dispatcherId)
                .bindArray(
                    "ruleIds", UUID.class, column(attempts, a -> a.reminder().reminderRuleId()))
                .bindArray("orgIds", UUID.class, column(attempts, a -> a.reminder().orgId()))
                .bindArray("cycles", String.class, column(attempts, a -> ts(a.reminder().cycle())))
                .bindArray(
                    "attemptNumbers",
                    Integer.class,
                    column(attempts, a -> a.reminder().attemptNumber()))
                .bindArray(
                    "channels",
                    String.class,
                    column(attempts, a -> a.channel() == null ? null : a.channel().wireName()))
                .bindArray(
                    "identityIds",
                    UUID.class,
                    column(
                        attempts, a -> a.channel() == null ? null : a.reminder().commIdentityId()))
                .bindArray("recipients", String.class, column(attempts, DeliveryAttempt::recipient))
                .bindArray("providers", String.class, column(attempts, DeliveryAttempt::provider))
                .bindArray(
                    "messages", String.class, column(attempts, DeliveryAttempt::renderedMessage))
                .bindArray(
                    "composedBy",
                    String.class,
                    column(
                        attempts,
                        a ->
                            a.renderedMessage() == null
                                ? null
                                : a.composedByModel() ? "llm" : "template"))
                .bindArray("statuses", String.class, column(attempts, JdbiReminderQueue::status))
                .bindArray(
                    "providerMessageIds",
                    String.class,
                    column(attempts, DeliveryAttempt::providerMessageId))
                .bindArray("errorCodes", String.class, column(attempts, DeliveryAttempt::errorCode))
                .bindArray(
                    "errorMessages", String.class, column(attempts, DeliveryAttempt::errorMessage))
                .bindArray("startedAts", String.class, column(attempts, a -> ts(a.startedAt())))
                .bindArray("finishedAts", String.class, column(attempts, a -> ts(a.finishedAt())))
                .bindArray(
                    "outcomes",
                    String.class,
                    column(attempts, a -> ColumnTypes.wireName(a.outcome())))
                .bindArray(
                    "nextAttemptAts",
                    String.class,
                    column(attempts, a -> a.nextAttemptAt() == null ? null : ts(a.nextAttemptAt())))
                .execute());
  }

  @Override
  public int release(String dispatcherId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    update reminder_rules set claimed_by = null, claim_expires_at = null
                    where claimed_by = :dispatcher
                    """)
                .bind("dispatcher", dispatcherId)
                .execute());
  }

  @Override
  public Optional<Instant> oldestDue(Instant now) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select min(scheduled_datetime) from reminder_rules where " + DUE)
                .bind("now", now)
                .mapTo(Instant.class)
                .findOne());
  }

  @Override
  public long countDue(Instant now) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select count(*) from reminder_rules where " + DUE)
                .bind("now", now)
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<PendingReminder> listDue(Instant now, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select reminder_rule_id, org_id, scheduled_datetime as scheduled_at,
                           attempt_count, next_attempt_at, claimed_by
                    from reminder_rules where\s"""
                        + DUE
                        + " order by scheduled_datetime, reminder_rule_id limit :limit")
                .bind("now", now)
                .bind("limit", limit)
                .map(PENDING_REMINDER)
                .list());
  }

  @Override
  public Optional<UUID> organizationOf(UUID reminderRuleId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select org_id from reminder_rules where reminder_rule_id = :id"
                        + " and deleted_at is null")
                .bind("id", reminderRuleId)
                .mapTo(UUID.class)
                .findOne());
  }

  private static String status(DeliveryAttempt attempt) {
    return switch (attempt.outcome()) {
      case DELIVERED -> "delivered";
      case RETRY, EXHAUSTED -> "failed_transient";
      case FAILED -> "failed_permanent";
    };
  }

  private static <T> List<T> column(
      List<DeliveryAttempt> attempts, Function<DeliveryAttempt, T> value) {
    return attempts.stream().map(value).collect(Collectors.toList());
  }

  private static String ts(Instant instant) {
    return instant.toString();
  }
}
