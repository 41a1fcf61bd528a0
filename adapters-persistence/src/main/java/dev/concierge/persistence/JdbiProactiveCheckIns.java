package dev.concierge.persistence;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.proactive.CheckInCandidate;
import dev.concierge.core.proactive.CheckInOrganization;
import dev.concierge.core.proactive.CheckInStore;
import dev.concierge.core.proactive.SentCheckIn;
import dev.concierge.core.proactive.UpcomingDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The check-in run's side of proactive_runs, persons, date_items and conversations. The day's claim
 * is the insert of its proactive_runs row (the primary key lets exactly one instance insert it);
 * the candidates are found in one statement, clients and their dates together. Thread-safe.
 */
public final class JdbiProactiveCheckIns implements CheckInStore {

  private static final String CANDIDATES =
      """
      with clients as (
        select p.person_id, coalesce(p.preferred_name, p.full_name) as person_name, p.timezone,
               cast(cast(:now as timestamptz) at time zone p.timezone as date) as today
        from persons p
        where p.org_id = :org and p.person_type = 'client' and p.deleted_at is null),
      due as (
        select c.person_id, c.person_name, c.timezone, c.today,
               route.comm_identity_id, route.channel_type, route.identity_value,
               min(d.next_occurrence) as nearest
        from clients c
        join date_items d
          on d.org_id = :org and d.person_id = c.person_id and d.deleted_at is null
          and d.next_occurrence between c.today and c.today + :daysAhead
        join lateral (
          select i.comm_identity_id, i.channel_type, i.identity_value
          from comm_identities i
          where i.org_id = :org and i.person_id = c.person_id and i.is_primary
            and i.deleted_at is null
          order by array_position(array['slack', 'email', 'sms', 'phone', 'web'], i.channel_type)
          limit 1) route on true
        where not exists (
          select 1 from conversations cv
          join messages m on m.conversation_id = cv.conversation_id
          where cv.org_id = :org and cv.person_id = c.person_id
            and m.direction in ('inbound', 'outbound') and m.created_at > :quietSince)
        group by c.person_id, c.person_name, c.timezone, c.today,
                 route.comm_identity_id, route.channel_type, route.identity_value
        order by nearest, c.person_id
        limit :limit)
      select due.*, d.title, d.next_occurrence, dc.category_name,
             coalesce(related.preferred_name, related.full_name) as related_name
      from due
      join date_items d
        on d.org_id = :org and d.person_id = due.person_id and d.deleted_at is null
        and d.next_occurrence between due.today and due.today + :daysAhead
      left join date_categories dc on dc.category_id = d.category_id
      left join persons related on related.person_id = d.related_person_id
      order by due.nearest, due.person_id, d.next_occurrence, d.title, d.date_item_id
      """;

  private final Jdbi jdbi;

  public JdbiProactiveCheckIns(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<CheckInOrganization> listCheckInOrganizations() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select o.org_id, o.default_timezone, o.settings_jsonb,
                           (select max(r.run_date) from proactive_runs r where r.org_id = o.org_id)
                             as last_run_date
                    from organizations o
                    order by o.org_id
                    """)
                .map(
                    (rs, ctx) ->
                        new CheckInOrganization(
                            Columns.uuid(rs, "org_id"),
                            Columns.zone(rs, "default_timezone"),
                            JsonColumns.read(rs.getString("settings_jsonb")),
                            Columns.date(rs, "last_run_date")))
                .list());
  }

  @Override
  public boolean claimCheckInDay(
      UUID orgId, LocalDate runDate, String claimedBy, Instant startedAt) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        insert into proactive_runs (org_id, run_date, claimed_by, started_at)
                        values (:org, :runDate, :claimedBy, :startedAt)
                        on conflict do nothing
                        """)
                    .bind("org", orgId)
                    .bind("runDate", runDate)
                    .bind("claimedBy", claimedBy)
                    .bind("startedAt", Columns.utc(startedAt))
                    .execute())
        == 1;
  }

  @Override
  public List<CheckInCandidate> listCheckInCandidates(
      UUID orgId, Instant now, int daysAhead, int quietDays, int limit) {
    record Row(CheckInCandidate client, UpcomingDate date) {}
    List<Row> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(CANDIDATES)
                    .bind("org", orgId)
                    .bind("now", Columns.utc(now))
                    .bind("quietSince", Columns.utc(now.minus(Duration.ofDays(quietDays))))
                    .bind("daysAhead", daysAhead)
                    .bind("limit", limit)
                    .map(
                        (rs, ctx) -> {
                          UpcomingDate date =
                              new UpcomingDate(
                                  rs.getString("title"),
                                  Columns.date(rs, "next_occurrence"),
                                  rs.getString("category_name"),
                                  rs.getString("related_name"));
                          return new Row(
                              new CheckInCandidate(
                                  orgId,
                                  Columns.uuid(rs, "person_id"),
                                  rs.getString("person_name"),
                                  Columns.zone(rs, "timezone"),
                                  Columns.date(rs, "today"),
                                  Columns.uuid(rs, "comm_identity_id"),
                                  ChannelType.fromWireName(rs.getString("channel_type"))
                                      .orElseThrow(),
                                  rs.getString("identity_value"),
                                  List.of(date)),
                              date);
                        })
                    .list());
    Map<UUID, CheckInCandidate> clients = new LinkedHashMap<>();
    Map<UUID, List<UpcomingDate>> dates = new LinkedHashMap<>();
    for (Row row : rows) {
      clients.putIfAbsent(row.client().personId(), row.client());
      dates.computeIfAbsent(row.client().personId(), id -> new ArrayList<>()).add(row.date());
    }
    return clients.values().stream()
        .map(
            c ->
                new CheckInCandidate(
                    c.orgId(),
                    c.personId(),
                    c.personName(),
                    c.zone(),
                    c.today(),
                    c.commIdentityId(),
                    c.channel(),
                    c.recipient(),
                    dates.get(c.personId())))
        .toList();
  }

  @Override
  public void recordCheckIn(SentCheckIn checkIn) {
    CheckInCandidate client = checkIn.candidate();
    OffsetDateTime sentAt = Columns.utc(checkIn.sentAt());
    jdbi.useTransaction(
        handle -> {
          UUID conversation =
              handle
                  .createQuery(
                      """
                      select conversation_id from conversations
                      where org_id = :org and person_id = :person and channel_type = :channel
                        and status = 'active'
                      order by last_message_at desc nulls last, created_at desc
                      limit 1
                      """)
                  .bind("org", client.orgId())
                  .bind("person", client.personId())
                  .bind("channel", client.channel().wireName())
                  .mapTo(UUID.class)
                  .findOne()
                  .orElseGet(
                      () ->
                          handle
                              .createQuery(
                                  """
                                  insert into conversations (org_id, person_id, channel_type,
                                                             subject, metadata_jsonb)
                                  values (:org, :person, :channel, :subject,
                                          jsonb_build_object('started_by', 'proactive_check_in'))
                                  returning conversation_id
                                  """)
                              .bind("org", client.orgId())
                              .bind("person", client.personId())
                              .bind("channel", client.channel().wireName())
                              .bind("subject", truncate(checkIn.message().subject(), 500))
                              .mapTo(UUID.class)
                              .one());
          // a provider id already kept in this conversation names this very message
          handle
              .createUpdate(
                  """
                  insert into messages (org_id, conversation_id, direction, sender_type, content,
                                        external_message_id, metadata_jsonb, created_at,
                                        updated_at)
                  values (:org, :conversation, 'outbound', 'system', :content,
                          :externalId, jsonb_build_object(
                            'kind', 'proactive_check_in', 'run_date', cast(:runDate as text),
                            'subject', cast(:subject as text), 'provider', cast(:provider as text),
                            'composed_by', cast(:composedBy as text),
                            'recipient', cast(:recipient as text)),
                          :sentAt, :sentAt)
                  on conflict (conversation_id, external_message_id)
                    where external_message_id is not null
                  do nothing
                  """)
              .bind("org", client.orgId())
              .bind("conversation", conversation)
              .bind("content", checkIn.message().text())
              .bind("externalId", checkIn.providerMessageId())
              .bind("runDate", checkIn.runDate().toString())
              .bind("subject", checkIn.message().subject())
              .bind("provider", checkIn.provider())
              .bind("composedBy", checkIn.message().composedBy())
              .bind("recipient", client.recipient())
              .bind("sentAt", sentAt)
              .execute();
          handle
              .createUpdate(
                  """
                  update conversations
                  set last_message_at = greatest(last_message_at, cast(:sentAt as timestamptz))
                  where org_id = :org and conversation_id = :conversation
                  """)
              .bind("org", client.orgId())
              .bind("conversation", conversation)
              .bind("sentAt", sentAt)
              .execute();
        });
  }

  @Override
  public void finishCheckInRun(
      UUID orgId,
      LocalDate runDate,
      String claimedBy,
      Instant finishedAt,
      int candidates,
      int sent,
      int failed) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    update proactive_runs
                    set finished_at = :finishedAt, candidates = :candidates, sent = :sent,
                        failed = :failed
                    where org_id = :org and run_date = :runDate and claimed_by = :claimedBy
                    """)
                .bind("org", orgId)
                .bind("runDate", runDate)
                .bind("claimedBy", claimedBy)
                .bind("finishedAt", Columns.utc(finishedAt))
                .bind("candidates", candidates)
                .bind("sent", sent)
                .bind("failed", failed)
                .execute());
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
