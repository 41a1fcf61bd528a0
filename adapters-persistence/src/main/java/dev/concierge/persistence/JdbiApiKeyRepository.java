package dev.concierge.persistence;

import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.ApiKeyStore;
import dev.concierge.core.access.ApiRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** API keys in PostgreSQL: prefix and hash only, never the key. Thread-safe. */
public final class JdbiApiKeyRepository implements ApiKeyStore {
  private static final String COLUMNS =
      """
      api_key_id, org_id, name, role, key_prefix, key_hash, created_by, last_used_at, revoked_at,
      created_at
      """;

  private final Jdbi jdbi;

  public JdbiApiKeyRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public ApiKey saveApiKey(ApiKey key) {
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
                        .bind("apiKeyId", key.apiKeyId())
                        .bind("orgId", key.orgId())
                        .bind("name", key.name())
                        .bind("role", key.role().wireName())
                        .bind("keyPrefix", key.keyPrefix())
                        .bind("keyHash", key.keyHash())
                        .bind("createdBy", key.createdBy())
                        .map((rs, ctx) -> map(rs))
                        .one()));
  }

  @Override
  public Optional<ApiKey> loadApiKeyByPrefix(String keyPrefix) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from api_keys where key_prefix = :prefix")
                .bind("prefix", keyPrefix)
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public List<ApiKey> listApiKeys() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from api_keys order by created_at, api_key_id")
                .map((rs, ctx) -> map(rs))
                .list());
  }

  @Override
  public List<ApiKey> listApiKeys(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from api_keys where org_id = :orgId order by created_at, api_key_id")
                .bind("orgId", orgId)
                .map((rs, ctx) -> map(rs))
                .list());
  }

  @Override
  public Optional<ApiKey> revokeApiKey(UUID apiKeyId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "update api_keys set revoked_at = coalesce(revoked_at, now())"
                        + " where api_key_id = :id returning "
                        + COLUMNS)
                .bind("id", apiKeyId)
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public void recordApiKeyUse(UUID apiKeyId) {
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

  private static ApiKey map(ResultSet rs) throws SQLException {
    return new ApiKey(
        Columns.uuid(rs, "api_key_id"),
        Columns.uuid(rs, "org_id"),
        rs.getString("name"),
        ApiRole.fromWireName(rs.getString("role")).orElseThrow(),
        rs.getString("key_prefix"),
        rs.getString("key_hash"),
        rs.getString("created_by"),
        Columns.instant(rs, "last_used_at"),
        Columns.instant(rs, "revoked_at"),
        Columns.instant(rs, "created_at"));
  }
}
