package dev.concierge.persistence;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.proactive.CheckInCandidate;
import dev.concierge.core.proactive.CheckInOrganization;
import dev.concierge.core.proactive.CheckInReport;
import dev.concierge.core.proactive.CheckInRun;
import dev.concierge.core.proactive.CheckInSettings;
import dev.concierge.core.proactive.CheckInStore;
import dev.concierge.core.proactive.SentCheckIn;
import dev.concierge.core.proactive.UpcomingDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The check-in run's side of proactive_runs, persons, date_items and conversations. The day's claim
 * is the insert of its proactive_runs row (the primary key lets exactly one instance insert it);
 * the candidates are found in one statement, clients and their dates together. Thread-safe.
 */
public final class JdbiCheckInStore implements CheckInStore {

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
      select due.person_id, due.person_name, due.timezone, due.today, due.comm_identity_id,
             due.channel_type, due.identity_value, d.title, d.next_occurrence, dc.category_name,
             coalesce(related.preferred_name, related.full_name) as related_name
      from due
      join date_items d
        on d.org_id = :org and d.person_id = due.person_id and d.deleted_at is null
        and d.next_occurrence between due.today and due.today + :daysAhead
      left join date_categories dc on dc.category_id = d.category_id
      left join persons related on related.person_id = d.related_person_id
      order by due.nearest, due.person_id, d.next_occurrence, d.title, d.date_item_id
      """;

  private static final RowMapper<CheckInOrganization> ORGANIZATION =
      ConstructorMapper.of(CheckInOrganization.class);
  private static final RowMapper<CandidateRow> CANDIDATE = ConstructorMapper.of(CandidateRow.class);

  private final Jdbi jdbi;

  public JdbiCheckInStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<CheckInOrganization> organizations() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select o.org_id, o.default_timezone as zone, o.settings_jsonb as settings,
                           (select max(r.run_date) from proactive_runs r where r.org_id = o.org_id)
                             as last_run_date
                    from organizations o
                    order by o.org_id
                    """)
                .map(ORGANIZATION)
                .list());
  }

  @Override
  public boolean claim(CheckInRun run, Instant startedAt) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        insert into proactive_runs (org_id, run_date, claimed_by, started_at)
                        values (:orgId, :runDate, :claimedBy, :startedAt)
                        on conflict do nothing
                        """)
                    .bindMethods(run)
                    .bind("startedAt", startedAt)
                    .execute())
        == 1;
  }

  /** One row per client and date in the window, a client's rows together, nearest first. */
  record CandidateRow(
      UUID personId,
      String personName,
      ZoneId timezone,
      LocalDate today,
      UUID commIdentityId,
      ChannelType channelType,
      String identityValue,
      String title,
      LocalDate nextOccurrence,
      String categoryName,
      String relatedName) {
    UpcomingDate date() {
      return new UpcomingDate(title, nextOccurrence, categoryName, relatedName);
    }

    CheckInCandidate candidate(UUID orgId, List<UpcomingDate> dates) {
      return new CheckInCandidate(
          orgId,
          personId,
          personName,
          timezone,
          today,
          commIdentityId,
          channelType,
          identityValue,
          dates);
    }
  }

  @Override
  public List<CheckInCandidate> candidates(UUID orgId, Instant now, CheckInSettings settings) {
    List<CandidateRow> rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(CANDIDATES)
                    .bind("org", orgId)
                    .bind("now", now)
                    .bind("quietSince", now.minus(Duration.ofDays(settings.quietDays())))
                    .bind("daysAhead", settings.daysAhead())
                    .bind("limit", settings.dailyLimit())
                    .map(CANDIDATE)
                    .list());
    Map<UUID, CandidateRow> clients = new LinkedHashMap<>();
    Map<UUID, List<UpcomingDate>> dates = new LinkedHashMap<>();
    for (CandidateRow row : rows) {
      clients.putIfAbsent(row.personId(), row);
      dates.computeIfAbsent(row.personId(), id -> new ArrayList<>()).add(row.date());
    }
    return clients.values().stream()
        .map(client -> client.candidate(orgId, dates.get(client.personId())))
        .toList();
  }

  @Override
  public void record(SentCheckIn checkIn) {
    CheckInCandidate client = checkIn.candidate();
    jdbi.useTransaction(
        handle -> {
          UUID conversation =
              handle
                  .createQuery(
                      """
                      select conversation_id from conversations
                      where org_id = :org and person_id = :person and channel_type = :channel
                        and status = 'active' and deleted_at is null
                      order by last_message_at desc nulls last, created_at desc
                      limit 1
                      """)
                  .bind("org", client.orgId())
                  .bind("person", client.personId())
                  .bind("channel", client.channel())
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
                              .bind("channel", client.channel())
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
              .bind("sentAt", checkIn.sentAt())
              .execute();
          handle
              .createUpdate(
                  """
                  update conversations
                  set last_message_at = greatest(last_message_at, :sentAt)
                  where org_id = :org and conversation_id = :conversation
                  """)
              .bind("org", client.orgId())
              .bind("conversation", conversation)
              .bind("sentAt", checkIn.sentAt())
              .execute();
        });
  }

  @Override
  public void finish(CheckInRun run, Instant finishedAt, CheckInReport report) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    update proactive_runs
                    set finished_at = :finishedAt, candidates = :candidates, sent = :sent,
                        failed = :failed
                    where org_id = :orgId and run_date = :runDate and claimed_by = :claimedBy
                    """)
                .bindMethods(run)
                .bindMethods(report)
                .bind("finishedAt", finishedAt)
                .execute());
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
