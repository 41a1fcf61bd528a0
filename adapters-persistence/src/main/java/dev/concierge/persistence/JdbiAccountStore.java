package dev.concierge.persistence;

import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.AccountStore;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Staff accounts in PostgreSQL. Soft-deleted accounts are invisible, and their email addresses are
 * free again (the unique index covers live accounts only). Thread-safe.
 */
public final class JdbiAccountStore implements AccountStore {
  /** The columns of an {@link Account}, named as its components for {@link #ACCOUNT}. */
  private static final String COLUMNS =
      """
      account_id, org_id, person_id, email, display_name, role, password_hash, is_active,
      last_login_at, created_at, updated_at
      """;

  private static final RowMapper<Account> ACCOUNT = ConstructorMapper.of(Account.class);

  private final Jdbi jdbi;

  public JdbiAccountStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Account> find(UUID orgId, UUID accountId) {
    return one(
        "org_id = :orgId and account_id = :accountId",
        Map.of("orgId", orgId, "accountId", accountId));
  }

  @Override
  public Optional<Account> findAnywhere(UUID accountId) {
    return one("account_id = :accountId", Map.of("accountId", accountId));
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    // lower(email) is what the unique index holds, so this is an index lookup
    return one("lower(email) = lower(:email)", Map.of("email", email));
  }

  private Optional<Account> one(String where, Map<String, Object> binds) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from accounts where "
                        + where
                        + " and deleted_at is null")
                .bindMap(binds)
                .map(ACCOUNT)
                .findOne());
  }

  @Override
  public Page<Account> list(UUID orgId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                "from accounts where org_id = :orgId and deleted_at is null",
                "display_name, account_id",
                Map.of("orgId", orgId),
                ACCOUNT,
                page));
  }

  @Override
  public List<Account> listAll() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from accounts where deleted_at is null"
                        + " order by org_id, lower(email), account_id")
                .map(ACCOUNT)
                .list());
  }

  @Override
  public Account save(Account account) {
    return SqlErrors.translate(
        "An account with that email address already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into accounts (account_id, org_id, person_id, email,
                                                  display_name, role, password_hash, is_active)
                            values (:accountId, :orgId, :personId, :email, :displayName, :role,
                                    :passwordHash, :isActive)
                            on conflict (account_id) do update set
                              person_id = excluded.person_id,
                              email = excluded.email,
                              display_name = excluded.display_name,
                              role = excluded.role,
                              password_hash = excluded.password_hash,
                              is_active = excluded.is_active
                            where accounts.org_id = excluded.org_id
                              and accounts.deleted_at is null
                            returning
                            """
                                + COLUMNS)
                        .bindMethods(account)
                        .map(ACCOUNT)
                        .findOne()
                        .orElseThrow(() -> new NotFoundException("account", account.accountId()))));
  }

  @Override
  public boolean delete(UUID orgId, UUID accountId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "update accounts set deleted_at = now(), is_active = false"
                            + " where org_id = :orgId and account_id = :accountId"
                            + " and deleted_at is null")
                    .bind("orgId", orgId)
                    .bind("accountId", accountId)
                    .execute())
        == 1;
  }

  @Override
  public void recordLogin(UUID accountId, Instant at) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("update accounts set last_login_at = :at where account_id = :id")
                .bind("at", at)
                .bind("id", accountId)
                .execute());
  }

  @Override
  public Set<UUID> lockActiveAdmins(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            new HashSet<>(
                handle
                    .createQuery(
                        """
                        select account_id from accounts
                        where org_id = :orgId and role = 'admin' and is_active
                          and deleted_at is null
                        for update
                        """)
                    .bind("orgId", orgId)
                    .mapTo(UUID.class)
                    .list()));
  }
}
