package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.reminders.ReminderAnswer;
import dev.concierge.core.reminders.ReminderDelivery;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.ReminderStore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Reminder rules (soft delete) and their delivery attempts in PostgreSQL. {@code
 * metadata_jsonb.delivery_status} is written to mirror each rule's state: pending, sent, failed,
 * paused or waiting_for_identity. Thread-safe.
 */
public final class JdbiReminderStore implements ReminderStore {
  /** The columns of a {@link ReminderRule}, named as its components for {@link #RULE}. */
  static final String COLUMNS =
      """
      r.reminder_rule_id, r.org_id, r.person_id, r.date_item_id, r.comm_identity_id,
      r.channel_type, r.reminder_type, r.lead_time_days, r.scheduled_datetime as scheduled_at,
      r.occurrence_date, r.sent_at, r.failed_at, r.paused_at, r.attempt_count, r.metadata_jsonb as metadata,
      p.timezone as zone, r.created_at, r.updated_at
      """;

  private static final String LIVE = " where r.org_id = :orgId and r.deleted_at is null";
  private static final String FROM =
      "from reminder_rules r join persons p on p.person_id = r.person_id" + LIVE;
  private static final String ORDER = "r.scheduled_datetime nulls last, r.reminder_rule_id";
  private static final String DELIVERY_STATUS =
      """
      case when paused_at is not null then 'paused'
           when sent_at is not null then 'sent' when failed_at is not null then 'failed'
           when comm_identity_id is null then 'waiting_for_identity' else 'pending' end
      """;

  /** The columns of a {@link ReminderDelivery}, named as its components for {@link #DELIVERY}. */
  private static final String DELIVERY_COLUMNS =
      """
      delivery_id, reminder_rule_id, scheduled_datetime as scheduled_at, attempt_number,
      channel_type, comm_identity_id, recipient, provider, rendered_message, composed_by,
      status, provider_message_id, error_code, error_message, started_at, finished_at,
      acknowledged_at, acknowledgement, acknowledged_by, viewed_at
      """;

  static final RowMapper<ReminderRule> RULE = ConstructorMapper.of(ReminderRule.class);
  private static final RowMapper<ReminderDelivery> DELIVERY =
      ConstructorMapper.of(ReminderDelivery.class);

  private final Jdbi jdbi;

  public JdbiReminderStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<ReminderRule> find(UUID orgId, UUID reminderRuleId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + FROM + " and r.reminder_rule_id = :id")
                .bind("orgId", orgId)
                .bind("id", reminderRuleId)
                .map(RULE)
                .findOne());
  }

  @Override
  public Page<ReminderRule> list(
      UUID orgId, UUID personId, UUID dateItemId, ReminderStatus status, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    String where = FROM + conditions(orgId, personId, dateItemId, status, binds);
    return jdbi.withHandle(handle -> Paging.page(handle, COLUMNS, where, ORDER, binds, RULE, page));
  }

  @Override
  public Page<ReminderRule> inStatus(UUID orgId, ReminderStatus status, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    String conditions = conditions(orgId, null, null, status, binds);
    // every rule has its person (a foreign key): the count needs no join to find its rows. Sent
    // rules are those whose time has passed (roll-over re-arms the recurring ones), so in time
    // order they come first: counted so, the count stops after reading about as many (36 ms where
    // a scan for them through a million rules took 270); pending ones are most rules, and any
    // order finds them at once
    String counted =
        "from reminder_rules r"
            + LIVE
            + conditions
            + (status == ReminderStatus.SENT ? " order by " + ORDER : "");
    return jdbi.withHandle(
        handle ->
            Paging.pageCountedUpTo(
                handle, COLUMNS, FROM + conditions, counted, ORDER, binds, RULE, page));
  }

  /** The filters after {@link #LIVE}, each binding its value. */
  private static String conditions(
      UUID orgId,
      UUID personId,
      UUID dateItemId,
      ReminderStatus status,
      Map<String, Object> binds) {
    binds.put("orgId", orgId);
    StringBuilder where = new StringBuilder();
    if (personId != null) {
      where.append(" and r.person_id = :personId");
      binds.put("personId", personId);
    }
    if (dateItemId != null) {
      where.append(" and r.date_item_id = :dateItemId");
      binds.put("dateItemId", dateItemId);
    }
    if (status != null) {
      where.append(
          switch (status) {
            case PENDING ->
                " and r.sent_at is null and r.failed_at is null and r.paused_at is null";
            case SENT -> " and r.sent_at is not null and r.paused_at is null";
            case FAILED ->
                " and r.failed_at is not null and r.sent_at is null and r.paused_at is null";
            case PAUSED -> " and r.paused_at is not null";
          });
    }
    return where.toString();
  }

  @Override
  public List<ReminderRule> ofDateItems(UUID orgId, Collection<UUID> dateItemIds) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + FROM
                        + " and r.date_item_id = any(:ids) order by r.date_item_id, "
                        + ORDER)
                .bind("orgId", orgId)
                .bindArray("ids", UUID.class, List.copyOf(dateItemIds))
                .map(RULE)
                .list());
  }

  @Override
  public ReminderRule save(ReminderRule rule) {
    SqlErrors.translate(
        "That reminder already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createUpdate(
                            """
                                insert into reminder_rules (reminder_rule_id, org_id, person_id,
                                  date_item_id, comm_identity_id, channel_type, reminder_type,
                                  lead_time_days, scheduled_datetime, sent_at, failed_at,
                                  paused_at, attempt_count, metadata_jsonb)
                                values (:reminderRuleId, :orgId, :personId, :dateItemId,
                                  :commIdentityId, :channelType, :reminderType, :leadTimeDays,
                                  :scheduledAt, :sentAt, :failedAt, :pausedAt, :attemptCount,
                                  :metadata)
                                on conflict (reminder_rule_id) do update set
                                  comm_identity_id = excluded.comm_identity_id,
                                  channel_type = excluded.channel_type,
                                  lead_time_days = excluded.lead_time_days,
                                  scheduled_datetime = excluded.scheduled_datetime,
                                  sent_at = excluded.sent_at,
                                  failed_at = excluded.failed_at,
                                  paused_at = excluded.paused_at,
                                  attempt_count = excluded.attempt_count,
                                  next_attempt_at = case when excluded.attempt_count = 0 then null
                                    else reminder_rules.next_attempt_at end,
                                  metadata_jsonb = excluded.metadata_jsonb
                                where reminder_rules.org_id = excluded.org_id
                                  and reminder_rules.deleted_at is null
                                """)
                        .bindMethods(rule)
                        .bind(
                            "metadata",
                            rule.metadata()
                                .with(ReminderRule.DELIVERY_STATUS, rule.deliveryStatus()))
                        .execute()));
    return find(rule.orgId(), rule.reminderRuleId())
        .orElseThrow(() -> new NotFoundException("reminder", rule.reminderRuleId()));
  }

  @Override
  public boolean delete(UUID orgId, UUID reminderRuleId) {
    return softDelete(orgId, "reminder_rule_id", reminderRuleId) == 1;
  }

  @Override
  public void deleteOfDateItem(UUID orgId, UUID dateItemId) {
    softDelete(orgId, "date_item_id", dateItemId);
  }

  private int softDelete(UUID orgId, String idColumn, UUID id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "update reminder_rules set deleted_at = now() where org_id = :orgId and "
                        + idColumn
                        + " = :id and deleted_at is null")
                .bind("orgId", orgId)
                .bind("id", id)
                .execute());
  }

  @Override
  public Page<ReminderDelivery> history(UUID orgId, UUID reminderRuleId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                DELIVERY_COLUMNS,
                "from reminder_deliveries where org_id = :orgId and reminder_rule_id = :id",
                "started_at desc, attempt_number desc, delivery_id",
                Map.of("orgId", orgId, "id", reminderRuleId),
                DELIVERY,
                page));
  }

  @Override
  public Optional<ReminderDelivery> findDelivered(
      UUID orgId, UUID reminderRuleId, String providerMessageId) {
    return delivered(orgId, reminderRuleId, "provider_message_id", providerMessageId);
  }

  @Override
  public Optional<ReminderDelivery> findDeliveredCycle(
      UUID orgId, UUID reminderRuleId, Instant cycle) {
    return delivered(orgId, reminderRuleId, "scheduled_datetime", cycle);
  }

  /** The rule's delivered attempt whose {@code column} is {@code value}. */
  private Optional<ReminderDelivery> delivered(
      UUID orgId, UUID reminderRuleId, String column, Object value) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + DELIVERY_COLUMNS
                        + " from reminder_deliveries where org_id = :orgId"
                        + " and reminder_rule_id = :id and "
                        + column
                        + " = :value and status = 'delivered'")
                .bind("orgId", orgId)
                .bind("id", reminderRuleId)
                .bind("value", value)
                .map(DELIVERY)
                .findFirst());
  }

  @Override
  public void markViewed(UUID orgId, UUID deliveryId, Instant at) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "update reminder_deliveries set viewed_at = :at"
                        + " where org_id = :orgId and delivery_id = :id and viewed_at is null")
                .bind("at", at)
                .bind("orgId", orgId)
                .bind("id", deliveryId)
                .execute());
  }

  @Override
  public boolean acknowledge(
      UUID orgId, UUID deliveryId, ReminderAnswer answer, String answeredBy, Instant at) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        update reminder_deliveries set acknowledged_at = :at,
                          acknowledgement = :answer, acknowledged_by = :by
                        where org_id = :orgId and delivery_id = :id and acknowledged_at is null
                        """)
                    .bind("at", at)
                    .bind("answer", answer.wireName())
                    .bind("by", answeredBy)
                    .bind("orgId", orgId)
                    .bind("id", deliveryId)
                    .execute())
        == 1;
  }

  @Override
  public void mirrorDeliveryStatus(UUID orgId, Collection<UUID> dateItemIds) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "update reminder_rules set metadata_jsonb = metadata_jsonb"
                        + " || jsonb_build_object('delivery_status', "
                        + DELIVERY_STATUS
                        + ") where org_id = :orgId and date_item_id = any(:ids)"
                        + " and deleted_at is null"
                        + " and metadata_jsonb ->> 'delivery_status' is distinct from "
                        + DELIVERY_STATUS)
                .bind("orgId", orgId)
                .bindArray("ids", UUID.class, List.copyOf(dateItemIds))
                .execute());
  }

  @Override
  public int bindWaiting(CommIdentity identity) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    update reminder_rules set comm_identity_id = :commIdentityId,
                      channel_type = :channelType,
                      metadata_jsonb = metadata_jsonb || jsonb_build_object('delivery_status',
                        case when paused_at is null then 'pending' else 'paused' end)
                    where org_id = :orgId and person_id = :personId and comm_identity_id is null
                      and deleted_at is null and sent_at is null and failed_at is null
                      and (channel_type = :channelType or channel_type is null)
                    """)
                .bindMethods(identity)
                .execute());
  }
}
