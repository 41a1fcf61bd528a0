package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAccountRepositoryTest {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiAccountRepository accounts = new JdbiAccountRepository(jdbi);
  private UUID org;
  private String domain;

  @BeforeEach
  void organization() {
    org = TestOrganizations.create(jdbi, "Account repository test org");
    // email addresses are unique across the shared database
    domain = "@" + org + ".example.com";
  }

  @Test
  void a_saved_account_loads_back_and_is_found_by_its_address_in_any_case() {
    Account saved = accounts.saveAccount(account("Anna" + domain, ApiRole.CONCIERGE));

    Account loaded = accounts.loadAccount(org, saved.accountId()).orElseThrow();

    assertThat(loaded.email()).isEqualTo("Anna" + domain);
    assertThat(loaded.role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(loaded.passwordHash()).isEqualTo("$argon2id$test");
    assertThat(loaded.isActive()).isTrue();
    assertThat(loaded.createdAt()).isNotNull();
    assertThat(accounts.findAccountByEmail("ANNA" + domain.toUpperCase(java.util.Locale.ROOT)))
        .contains(loaded);
    assertThat(accounts.findAccount(saved.accountId())).contains(loaded);
    assertThat(accounts.loadAccount(UUID.randomUUID(), saved.accountId())).isEmpty();
  }

  @Test
  void an_address_is_taken_once_across_organizations_until_its_account_is_deleted() {
    UUID otherOrg = TestOrganizations.create(jdbi, "Other account org");
    Account first = accounts.saveAccount(account("anna" + domain, ApiRole.ADMIN));

    assertThatThrownBy(
            () ->
                accounts.saveAccount(
                    new Account(
                        UUID.randomUUID(),
                        otherOrg,
                        null,
                        "ANNA" + domain,
                        "Imposter",
                        ApiRole.ADMIN,
                        null,
                        true,
                        null,
                        null,
                        null)))
        .isInstanceOf(ConflictException.class);

    assertThat(accounts.deleteAccount(org, first.accountId())).isTrue();
    assertThat(accounts.deleteAccount(org, first.accountId())).isFalse();
    assertThat(accounts.loadAccount(org, first.accountId())).isEmpty();
    assertThat(accounts.findAccountByEmail("anna" + domain)).isEmpty();
    assertThat(accounts.saveAccount(account("anna" + domain, ApiRole.ANALYST)).role())
        .isEqualTo(ApiRole.ANALYST);
  }

  @Test
  void an_update_changes_the_row_and_the_login_is_recorded() {
    Account saved = accounts.saveAccount(account("bo" + domain, ApiRole.CONCIERGE));
    Instant at = Instant.parse("2026-01-02T03:04:05Z");

    accounts.saveAccount(
        new Account(
            saved.accountId(),
            org,
            null,
            saved.email(),
            "Bo Renamed",
            ApiRole.ANALYST,
            "$argon2id$other",
            false,
            null,
            null,
            null));
    accounts.recordAccountLogin(saved.accountId(), at);

    Account loaded = accounts.loadAccount(org, saved.accountId()).orElseThrow();
    assertThat(loaded.displayName()).isEqualTo("Bo Renamed");
    assertThat(loaded.role()).isEqualTo(ApiRole.ANALYST);
    assertThat(loaded.passwordHash()).isEqualTo("$argon2id$other");
    assertThat(loaded.isActive()).isFalse();
    assertThat(loaded.lastLoginAt()).isEqualTo(at);
  }

  @Test
  void the_list_is_by_name_and_the_locked_admins_are_the_active_ones() {
    Account zed = accounts.saveAccount(account("zed" + domain, ApiRole.ADMIN));
    Account amy = accounts.saveAccount(account("amy" + domain, ApiRole.ADMIN));
    accounts.saveAccount(account("cal" + domain, ApiRole.CONCIERGE));
    accounts.saveAccount(
        new Account(
            UUID.randomUUID(),
            org,
            null,
            "old" + domain,
            "old",
            ApiRole.ADMIN,
            null,
            false,
            null,
            null,
            null));

    var page = accounts.listAccounts(org, new PageRequest(0, 2));
    var admins = new JdbiTransactions(jdbi).inTransaction(() -> accounts.lockActiveAdmins(org));

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items())
        .extracting(Account::email)
        .containsExactly("amy" + domain, "cal" + domain);
    assertThat(admins).containsExactlyInAnyOrder(zed.accountId(), amy.accountId());
    assertThat(accounts.listAllAccounts()).extracting(Account::orgId).contains(org);
  }

  private Account account(String email, ApiRole role) {
    return new Account(
        UUID.randomUUID(),
        org,
        null,
        email,
        email.substring(0, email.indexOf('@')),
        role,
        "$argon2id$test",
        true,
        null,
        null,
        null);
  }
}
