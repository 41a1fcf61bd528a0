package dev.concierge.persistence;

import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.ApiKeyStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** API keys in PostgreSQL: prefix and hash only, never the key. Thread-safe. */
public final class JdbiApiKeyStore implements ApiKeyStore {
  /** The columns of an {@link ApiKey}, named as its components for {@link #KEY}. */
  private static final String COLUMNS =
      """
      api_key_id, org_id, name, role, key_prefix, key_hash, created_by, last_used_at, revoked_at,
      created_at
      """;

  private static final RowMapper<ApiKey> KEY = ConstructorMapper.of(ApiKey.class);

  private final Jdbi jdbi;

  public JdbiApiKeyStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<ApiKey> findByPrefix(String keyPrefix) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from api_keys where key_prefix = :prefix")
                .bind("prefix", keyPrefix)
                .map(KEY)
                .findOne());
  }

  @Override
  public List<ApiKey> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from api_keys order by created_at, api_key_id")
                .map(KEY)
                .list());
  }

  @Override
  public List<ApiKey> list(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from api_keys where org_id = :orgId order by created_at, api_key_id")
                .bind("orgId", orgId)
                .map(KEY)
                .list());
  }

  @Override
  public ApiKey add(ApiKey key) {
    return SqlErrors.translate(
        "An API key with that prefix already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into api_keys (api_key_id, org_id, name, role, key_prefix,
                                                  key_hash, created_by)
                            values (:apiKeyId, :orgId, :name, :role, :keyPrefix, :keyHash,
                                    :createdBy)
                            returning
                            """
                                + COLUMNS)
                        .bindMethods(key)
                        .map(KEY)
                        .one()));
  }

  @Override
  public Optional<ApiKey> revoke(UUID apiKeyId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "update api_keys set revoked_at = coalesce(revoked_at, now())"
                        + " where api_key_id = :id returning "
                        + COLUMNS)
                .bind("id", apiKeyId)
                .map(KEY)
                .findOne());
  }

  @Override
  public void recordUse(UUID apiKeyId) {
    // a write per request would make every read a write; a minute's precision is plenty
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    update api_keys set last_used_at = now()
                    where api_key_id = :id
                      and (last_used_at is null or last_used_at < now() - interval '1 minute')
                    """)
                .bind("id", apiKeyId)
                .execute());
  }
}
