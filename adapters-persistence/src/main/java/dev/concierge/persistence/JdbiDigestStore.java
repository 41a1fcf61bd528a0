package dev.concierge.persistence;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.digest.DigestClaim;
import dev.concierge.core.digest.DigestFrequency;
import dev.concierge.core.digest.DigestOutcome;
import dev.concierge.core.digest.DigestPeriod;
import dev.concierge.core.digest.DigestRecipient;
import dev.concierge.core.digest.DigestSettings;
import dev.concierge.core.digest.DigestStore;
import dev.concierge.core.digest.DigestSubscriber;
import dev.concierge.core.identities.ChannelType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Digest settings in staff_digests and the digests' periods in digest_runs. A period's claim is the
 * insert of its digest_runs row (its primary key lets exactly one instance insert it), or the
 * update of a row whose lease ran out without an outcome, in one statement either way. Thread-safe.
 */
public final class JdbiDigestStore implements DigestStore {

  private static final String RECIPIENTS =
      """
      select a.org_id, a.account_id, a.email, a.display_name, a.role,
             o.default_timezone as organization_zone
      from accounts a
      join organizations o on o.org_id = a.org_id
      where a.is_active and a.deleted_at is null
      """;

  private static final RowMapper<DigestRecipient> RECIPIENT =
      ConstructorMapper.of(DigestRecipient.class);
  private static final RowMapper<SettingsRow> SETTINGS = ConstructorMapper.of(SettingsRow.class);
  private static final RowMapper<SubscriberRow> SUBSCRIBER =
      ConstructorMapper.of(SubscriberRow.class);

  private final Jdbi jdbi;

  public JdbiDigestStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A staff_digests row; the weekday is ISO (Monday 1). */
  record SettingsRow(
      boolean enabled,
      DigestFrequency frequency,
      Integer weekday,
      LocalTime sendTime,
      ZoneId timezone,
      ChannelType channel,
      String recipient,
      int daysAhead) {
    DigestSettings settings() {
      return new DigestSettings(
          enabled,
          frequency,
          weekday == null ? null : DayOfWeek.of(weekday),
          sendTime,
          timezone,
          channel,
          recipient,
          daysAhead);
    }
  }

  /** An enabled digest with its account and the latest period that is done. */
  record SubscriberRow(
      UUID orgId,
      UUID accountId,
      String email,
      String displayName,
      ApiRole role,
      ZoneId organizationZone,
      boolean enabled,
      DigestFrequency frequency,
      Integer weekday,
      LocalTime sendTime,
      ZoneId timezone,
      ChannelType channel,
      String recipient,
      int daysAhead,
      LocalDate lastDone) {
    DigestSubscriber subscriber() {
      return new DigestSubscriber(
          new DigestRecipient(orgId, accountId, email, displayName, role, organizationZone),
          new SettingsRow(
                  enabled, frequency, weekday, sendTime, timezone, channel, recipient, daysAhead)
              .settings(),
          lastDone);
    }
  }

  @Override
  public Optional<DigestSettings> find(UUID orgId, UUID accountId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select enabled, frequency, weekday, send_time, timezone, channel, recipient,
                           days_ahead
                    from staff_digests where org_id = :org and account_id = :account
                    """)
                .bind("org", orgId)
                .bind("account", accountId)
                .map(SETTINGS)
                .findOne()
                .map(SettingsRow::settings));
  }

  @Override
  public void save(UUID orgId, UUID accountId, DigestSettings settings) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    insert into staff_digests (account_id, org_id, enabled, frequency, weekday,
                      send_time, timezone, channel, recipient, days_ahead)
                    values (:account, :org, :enabled, :frequency, :weekday, :sendTime, :zone,
                      :channel, :recipient, :daysAhead)
                    on conflict (account_id) do update set
                      enabled = excluded.enabled, frequency = excluded.frequency,
                      weekday = excluded.weekday, send_time = excluded.send_time,
                      timezone = excluded.timezone, channel = excluded.channel,
                      recipient = excluded.recipient, days_ahead = excluded.days_ahead
                    """)
                .bind("account", accountId)
                .bind("org", orgId)
                .bindMethods(settings)
                .bind("weekday", settings.weekday() == null ? null : settings.weekday().getValue())
                .bind("sendTime", settings.time())
                .execute());
  }

  @Override
  public Optional<DigestRecipient> recipient(UUID orgId, UUID accountId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(RECIPIENTS + " and a.org_id = :org and a.account_id = :account")
                .bind("org", orgId)
                .bind("account", accountId)
                .map(RECIPIENT)
                .findOne());
  }

  @Override
  public Optional<DigestRecipient> recipientByEmail(String email) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(RECIPIENTS + " and lower(a.email) = lower(:email)")
                .bind("email", email)
                .map(RECIPIENT)
                .findOne());
  }

  @Override
  public List<DigestSubscriber> subscribers() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select a.org_id, a.account_id, a.email, a.display_name, a.role,
                           o.default_timezone as organization_zone, d.enabled, d.frequency,
                           d.weekday, d.send_time, d.timezone, d.channel, d.recipient,
                           d.days_ahead,
                           (select max(r.period_date) from digest_runs r
                            where r.account_id = d.account_id and r.status <> 'claimed')
                             as last_done
                    from staff_digests d
                    join accounts a on a.org_id = d.org_id and a.account_id = d.account_id
                    join organizations o on o.org_id = a.org_id
                    where d.enabled and a.is_active and a.deleted_at is null
                    order by a.org_id, a.account_id
                    """)
                .map(SUBSCRIBER)
                .list()
                .stream()
                .map(SubscriberRow::subscriber)
                .toList());
  }

  @Override
  public Optional<DigestClaim> claim(
      UUID orgId,
      UUID accountId,
      DigestPeriod period,
      String claimedBy,
      Instant leaseUntil,
      Instant now,
      int maxAttempts) {
    // a concurrent insert of the same period waits for the first to commit, then finds its lease
    // still running and updates nothing: one claim per period and lease
    return jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        """
                        insert into digest_runs (org_id, account_id, period_date, scheduled_for,
                          status, attempts, claimed_by, lease_until)
                        values (:org, :account, :date, :sendAt, 'claimed', 1, :by, :leaseUntil)
                        on conflict (account_id, period_date) do update set
                          attempts = digest_runs.attempts + 1, claimed_by = excluded.claimed_by,
                          lease_until = excluded.lease_until
                        where digest_runs.status = 'claimed' and digest_runs.lease_until <= :now
                          and digest_runs.attempts < :maxAttempts
                        returning attempts
                        """)
                    .bind("org", orgId)
                    .bind("account", accountId)
                    .bindMethods(period)
                    .bind("by", claimedBy)
                    .bind("leaseUntil", leaseUntil)
                    .bind("now", now)
                    .bind("maxAttempts", maxAttempts)
                    .mapTo(Integer.class)
                    .findOne())
        .map(attempt -> new DigestClaim(orgId, accountId, period, claimedBy, attempt));
  }

  @Override
  public void finish(DigestClaim claim, DigestOutcome outcome, Instant finishedAt) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    update digest_runs set status = :status, finished_at = :finishedAt,
                      provider = :provider, provider_message_id = :providerMessageId,
                      error = left(:error, 2000)
                    where account_id = :accountId and period_date = :date
                    """)
                .bindMethods(outcome)
                .bind("status", outcome.status().wireName())
                .bind("finishedAt", finishedAt)
                .bind("accountId", claim.accountId())
                .bind("date", claim.period().date())
                .execute());
  }

  @Override
  public void release(DigestClaim claim, Instant retryAt, String error) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    update digest_runs set lease_until = :retryAt, error = left(:error, 2000)
                    where account_id = :accountId and period_date = :date
                      and status = 'claimed'
                    """)
                .bind("retryAt", retryAt)
                .bind("error", error)
                .bind("accountId", claim.accountId())
                .bind("date", claim.period().date())
                .execute());
  }
}
