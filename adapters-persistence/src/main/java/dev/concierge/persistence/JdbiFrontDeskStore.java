package dev.concierge.persistence;

import dev.concierge.core.frontdesk.FrontDeskStore;
import dev.concierge.core.frontdesk.UnknownContact;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The front desk's claimed Slack events ({@code slack_events}) and unknown contacts in PostgreSQL.
 * A claim is an insert that a primary key lets happen once, whichever instance makes it.
 * Thread-safe.
 */
public final class JdbiFrontDeskStore implements FrontDeskStore {
  private static final String COLUMNS =
      """
      u.unknown_contact_id, u.org_id, u.channel_type, u.identity_value, u.display_name,
      u.last_message, u.message_count, u.first_seen_at, u.last_seen_at
      """;

  /** Still unknown: no live identity of the organization has the address on the channel. */
  private static final String UNKNOWN =
      """
      from unknown_contacts u where u.org_id = :orgId and not exists (
        select 1 from comm_identities i
        where i.org_id = u.org_id and i.channel_type = u.channel_type
          and i.identity_value = u.identity_value and i.deleted_at is null)
      """;

  private static final RowMapper<UnknownContact> CONTACT =
      ConstructorMapper.of(UnknownContact.class);

  private final Jdbi jdbi;

  public JdbiFrontDeskStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean claimEvent(UUID orgId, String eventId, Instant at) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        insert into slack_events (event_id, org_id, received_at)
                        values (:eventId, :orgId, :at) on conflict (event_id) do nothing
                        """)
                    .bind("eventId", eventId)
                    .bind("orgId", orgId)
                    .bind("at", at)
                    .execute())
        == 1;
  }

  @Override
  public int forgetEventsBefore(Instant cutoff) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate("delete from slack_events where received_at < :cutoff")
                .bind("cutoff", cutoff)
                .execute());
  }

  @Override
  public UUID organizationOf(String workspace) {
    if (workspace == null) {
      return Organization.DEFAULT_ID;
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    select org_id from organizations
                    where settings_jsonb ->> 'slack_team_id' = :workspace
                    order by created_at, org_id limit 1
                    """)
                .bind("workspace", workspace)
                .mapTo(UUID.class)
                .findOne()
                .orElse(Organization.DEFAULT_ID));
  }

  @Override
  public void sawUnknownContact(UnknownContact sighting) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    insert into unknown_contacts (unknown_contact_id, org_id, channel_type,
                      identity_value, display_name, last_message, message_count, first_seen_at,
                      last_seen_at)
                    values (:unknownContactId, :orgId, :channelType, :identityValue,
                      :displayName, :lastMessage, 1, :firstSeenAt, :lastSeenAt)
                    on conflict (org_id, channel_type, identity_value) do update set
                      display_name = coalesce(excluded.display_name, unknown_contacts.display_name),
                      last_message = excluded.last_message,
                      message_count = unknown_contacts.message_count + 1,
                      last_seen_at = greatest(unknown_contacts.last_seen_at, excluded.last_seen_at)
                    """)
                .bindMethods(sighting)
                .execute());
  }

  @Override
  public Page<UnknownContact> unknownContacts(UUID orgId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                UNKNOWN,
                "u.last_seen_at desc, u.unknown_contact_id",
                Map.of("orgId", orgId),
                CONTACT,
                page));
  }

  @Override
  public Optional<UnknownContact> findUnknownContact(UUID orgId, UUID unknownContactId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + UNKNOWN + " and u.unknown_contact_id = :id")
                .bind("orgId", orgId)
                .bind("id", unknownContactId)
                .map(CONTACT)
                .findOne());
  }
}
