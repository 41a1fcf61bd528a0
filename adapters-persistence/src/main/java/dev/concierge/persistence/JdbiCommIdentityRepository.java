package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Communication identities in PostgreSQL; soft-deleted ones are invisible. Thread-safe. */
public final class JdbiCommIdentityRepository implements CommIdentityStore {
  static final String COLUMNS =
      """
      comm_identity_id, org_id, person_id, channel_type, identity_value, is_primary, is_verified,
      metadata_jsonb, created_at, updated_at
      """;
  private static final String LIVE_OF_PERSON =
      "org_id = :orgId and person_id = :personId and deleted_at is null";

  private final Jdbi jdbi;

  public JdbiCommIdentityRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<CommIdentity> loadCommIdentity(UUID orgId, UUID personId, UUID identityId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from comm_identities where "
                        + LIVE_OF_PERSON
                        + " and comm_identity_id = :id")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("id", identityId)
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public Page<CommIdentity> listCommIdentities(UUID orgId, UUID personId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                "from comm_identities where " + LIVE_OF_PERSON,
                "channel_type, created_at, comm_identity_id",
                Map.of("orgId", orgId, "personId", personId),
                (rs, ctx) -> map(rs),
                page));
  }

  @Override
  public CommIdentity saveCommIdentity(CommIdentity identity) {
    return SqlErrors.translate(
        "That "
            + identity.channelType().wireName()
            + " identity is already used by a person of this organization.",
        () ->
            jdbi.inTransaction(
                handle -> {
                  if (identity.primary()) {
                    // demote first: the partial unique index allows one primary per channel
                    handle
                        .createUpdate(
                            "update comm_identities set is_primary = false where "
                                + LIVE_OF_PERSON
                                + " and channel_type = :channel and is_primary"
                                + " and comm_identity_id <> :id")
                        .bind("orgId", identity.orgId())
                        .bind("personId", identity.personId())
                        .bind("channel", identity.channelType().wireName())
                        .bind("id", identity.commIdentityId())
                        .execute();
                  }
                  return handle
                      .createQuery(
                          """
                          insert into comm_identities (comm_identity_id, org_id, person_id,
                                                       channel_type, identity_value, is_primary,
                                                       is_verified, metadata_jsonb)
                          values (:id, :orgId, :personId, :channel, :value, :primary, :verified,
                                  cast(:metadata as jsonb))
                          on conflict (comm_identity_id) do update set
                            identity_value = excluded.identity_value,
                            is_primary = excluded.is_primary,
                            is_verified = excluded.is_verified,
                            metadata_jsonb = excluded.metadata_jsonb
                          where comm_identities.org_id = excluded.org_id
                            and comm_identities.person_id = excluded.person_id
                            and comm_identities.deleted_at is null
                          returning
                          """
                              + COLUMNS)
                      .bind("id", identity.commIdentityId())
                      .bind("orgId", identity.orgId())
                      .bind("personId", identity.personId())
                      .bind("channel", identity.channelType().wireName())
                      .bind("value", identity.identityValue())
                      .bind("primary", identity.primary())
                      .bind("verified", identity.verified())
                      .bind("metadata", JsonColumns.write(identity.metadata()))
                      .map((rs, ctx) -> map(rs))
                      .findOne()
                      .orElseThrow(
                          () -> new NotFoundException("comm identity", identity.commIdentityId()));
                }));
  }

  @Override
  public boolean deleteCommIdentity(UUID orgId, UUID personId, UUID identityId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "update comm_identities set deleted_at = now(), is_primary = false where "
                            + LIVE_OF_PERSON
                            + " and comm_identity_id = :id")
                    .bind("orgId", orgId)
                    .bind("personId", personId)
                    .bind("id", identityId)
                    .execute())
        == 1;
  }

  static CommIdentity map(ResultSet rs) throws SQLException {
    return new CommIdentity(
        Columns.uuid(rs, "comm_identity_id"),
        Columns.uuid(rs, "org_id"),
        Columns.uuid(rs, "person_id"),
        ChannelType.fromWireName(rs.getString("channel_type")).orElseThrow(),
        rs.getString("identity_value"),
        rs.getBoolean("is_primary"),
        rs.getBoolean("is_verified"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }

  /** The identity a reminder on {@code channel} (any, when null) is delivered to: primary first. */
  @Override
  public Optional<CommIdentity> findReachableIdentity(
      UUID orgId, UUID personId, ChannelType channel) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from comm_identities where org_id = :orgId and person_id = :personId"
                        + " and deleted_at is null"
                        + (channel == null ? "" : " and channel_type = :channel")
                        + " order by is_primary desc,"
                        + " array_position(array['slack','email','sms','phone','web'],"
                        + " channel_type), created_at, comm_identity_id limit 1")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("channel", channel == null ? "" : channel.wireName())
                .map((rs, ctx) -> map(rs))
                .findOne());
  }
}
