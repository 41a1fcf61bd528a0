package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Communication identities in PostgreSQL; soft-deleted ones are invisible. Thread-safe. */
public final class JdbiCommIdentityStore implements CommIdentityStore {
  /** The columns of a {@link CommIdentity}, named as its components for {@link #IDENTITY}. */
  private static final String COLUMNS =
      """
      comm_identity_id, org_id, person_id, channel_type, identity_value, is_primary as primary,
      is_verified as verified, metadata_jsonb as metadata, created_at, updated_at
      """;

  private static final RowMapper<CommIdentity> IDENTITY = ConstructorMapper.of(CommIdentity.class);

  private static final String LIVE_OF_PERSON =
      "org_id = :orgId and person_id = :personId and deleted_at is null";

  private final Jdbi jdbi;

  public JdbiCommIdentityStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<CommIdentity> find(UUID orgId, UUID personId, UUID identityId) {
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
                .map(IDENTITY)
                .findOne());
  }

  @Override
  public Page<CommIdentity> list(UUID orgId, UUID personId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                "from comm_identities where " + LIVE_OF_PERSON,
                "channel_type, created_at, comm_identity_id",
                Map.of("orgId", orgId, "personId", personId),
                IDENTITY,
                page));
  }

  @Override
  public CommIdentity save(CommIdentity identity) {
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
                                + " and channel_type = :channelType and is_primary"
                                + " and comm_identity_id <> :commIdentityId")
                        .bindMethods(identity)
                        .execute();
                  }
                  return handle
                      .createQuery(
                          """
                          insert into comm_identities (comm_identity_id, org_id, person_id,
                                                       channel_type, identity_value, is_primary,
                                                       is_verified, metadata_jsonb)
                          values (:commIdentityId, :orgId, :personId, :channelType,
                                  :identityValue, :primary, :verified, :metadata)
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
                      .bindMethods(identity)
                      .map(IDENTITY)
                      .findOne()
                      .orElseThrow(
                          () -> new NotFoundException("comm identity", identity.commIdentityId()));
                }));
  }

  @Override
  public boolean delete(UUID orgId, UUID personId, UUID identityId) {
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

  @Override
  public Optional<CommIdentity> findByValue(UUID orgId, ChannelType channel, String value) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from comm_identities where org_id = :orgId"
                        + " and channel_type = :channel and identity_value = :value"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("channel", channel)
                .bind("value", value)
                .map(IDENTITY)
                .findOne());
  }

  @Override
  public Optional<CommIdentity> findReachable(UUID orgId, UUID personId, ChannelType channel) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from comm_identities where "
                        + LIVE_OF_PERSON
                        + (channel == null ? "" : " and channel_type = :channel")
                        + " order by is_primary desc,"
                        + " array_position(array['slack','email','sms','phone','web'],"
                        + " channel_type), created_at, comm_identity_id limit 1")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("channel", channel)
                .map(IDENTITY)
                .findOne());
  }
}
