package dev.concierge.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class AccountStoreContract {
  private AccountStore store;
  private UUID org;
  private String domain;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract AccountStore store();

  /** An organization the store may keep accounts of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
    // email addresses are unique across the installation, which tests may share
    domain = "@" + org + ".example.com";
  }

  @Test
  void a_saved_account_is_found_by_id_and_by_its_address_in_any_case() {
    Account saved = store.save(account(org, "Anna" + domain, ApiRole.CONCIERGE));

    Account found = store.find(org, saved.accountId()).orElseThrow();

    assertThat(found.email()).isEqualTo("Anna" + domain);
    assertThat(found.displayName()).isEqualTo("Anna");
    assertThat(found.role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(found.passwordHash()).isEqualTo("$argon2id$test");
    assertThat(found.isActive()).isTrue();
    assertThat(found.lastLoginAt()).isNull();
    assertThat(found.createdAt()).isNotNull().isEqualTo(saved.createdAt());
    assertThat(found.updatedAt()).isNotNull();
    assertThat(store.findByEmail("ANNA" + domain.toUpperCase(Locale.ROOT))).contains(found);
    assertThat(store.findAnywhere(saved.accountId())).contains(found);
    assertThat(store.find(newOrganization(), saved.accountId())).isEmpty();
  }

  @Test
  void saving_again_changes_the_account_and_keeps_its_creation_and_last_login() {
    Account saved = store.save(account(org, "bo" + domain, ApiRole.CONCIERGE));
    Instant at = Instant.parse("2026-01-02T03:04:05Z");
    store.recordLogin(saved.accountId(), at);

    Account changed =
        store.save(saved.changed("Bo Renamed", ApiRole.ANALYST, "$argon2id$other", false));

    assertThat(changed.displayName()).isEqualTo("Bo Renamed");
    assertThat(changed.role()).isEqualTo(ApiRole.ANALYST);
    assertThat(changed.passwordHash()).isEqualTo("$argon2id$other");
    assertThat(changed.isActive()).isFalse();
    assertThat(changed.lastLoginAt()).isEqualTo(at);
    assertThat(changed.createdAt()).isEqualTo(saved.createdAt());
    assertThat(store.find(org, saved.accountId())).contains(changed);
  }

  @Test
  void an_address_is_taken_once_across_organizations_until_its_account_is_deleted() {
    UUID otherOrg = newOrganization();
    Account first = store.save(account(org, "anna" + domain, ApiRole.ADMIN));

    assertThatThrownBy(() -> store.save(account(otherOrg, "ANNA" + domain, ApiRole.ADMIN)))
        .isInstanceOf(ConflictException.class);

    assertThat(store.delete(org, first.accountId())).isTrue();
    assertThat(store.delete(org, first.accountId())).isFalse();
    assertThat(store.find(org, first.accountId())).isEmpty();
    assertThat(store.findAnywhere(first.accountId())).isEmpty();
    assertThat(store.findByEmail("anna" + domain)).isEmpty();
    assertThat(store.save(account(otherOrg, "anna" + domain, ApiRole.ANALYST)).role())
        .isEqualTo(ApiRole.ANALYST);
  }

  @Test
  void another_organizations_or_a_deleted_account_is_neither_overwritten_nor_deleted() {
    Account anna = store.save(account(org, "anna" + domain, ApiRole.ADMIN));
    Account gone = store.save(account(org, "gone" + domain, ApiRole.ADMIN));
    store.delete(org, gone.accountId());
    UUID otherOrg = newOrganization();

    assertThat(store.delete(otherOrg, anna.accountId())).isFalse();
    assertThatThrownBy(
            () ->
                store.save(
                    new Account(
                        anna.accountId(),
                        otherOrg,
                        null,
                        "taken" + domain,
                        "Taken",
                        ApiRole.ADMIN,
                        null,
                        true,
                        null,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.save(gone)).isInstanceOf(NotFoundException.class);
    assertThat(store.find(org, anna.accountId())).contains(anna);
  }

  @Test
  void a_list_is_by_display_name_and_paged_with_its_total() {
    store.save(account(org, "zed" + domain, ApiRole.ADMIN));
    store.save(account(org, "amy" + domain, ApiRole.ADMIN));
    store.save(account(org, "cal" + domain, ApiRole.CONCIERGE));
    Account gone = store.save(account(org, "bea" + domain, ApiRole.CONCIERGE));
    store.delete(org, gone.accountId());
    store.save(account(newOrganization(), "elsewhere" + domain, ApiRole.ADMIN));

    Page<Account> page = store.list(org, new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items())
        .extracting(Account::email)
        .containsExactly("cal" + domain, "zed" + domain);
  }

  @Test
  void every_organizations_live_accounts_are_listed_by_organization_then_address() {
    UUID otherOrg = newOrganization();
    Account zed = store.save(account(org, "zed" + domain, ApiRole.ADMIN));
    Account amy = store.save(account(org, "Amy" + domain, ApiRole.ADMIN));
    Account theirs = store.save(account(otherOrg, "bob" + domain, ApiRole.ADMIN));
    Account gone = store.save(account(org, "gone" + domain, ApiRole.ADMIN));
    store.delete(org, gone.accountId());

    assertThat(
            store.listAll().stream()
                .filter(a -> a.orgId().equals(org) || a.orgId().equals(otherOrg))
                .map(Account::accountId))
        .containsExactlyElementsOf(
            org.toString().compareTo(otherOrg.toString()) < 0
                ? java.util.List.of(amy.accountId(), zed.accountId(), theirs.accountId())
                : java.util.List.of(theirs.accountId(), amy.accountId(), zed.accountId()));
  }

  @Test
  void the_locked_admins_are_the_organizations_active_live_ones() {
    Account zed = store.save(account(org, "zed" + domain, ApiRole.ADMIN));
    Account amy = store.save(account(org, "amy" + domain, ApiRole.ADMIN));
    store.save(account(org, "cal" + domain, ApiRole.CONCIERGE));
    store.save(
        account(org, "old" + domain, ApiRole.ADMIN).changed("old", ApiRole.ADMIN, null, false));
    Account gone = store.save(account(org, "gone" + domain, ApiRole.ADMIN));
    store.delete(org, gone.accountId());
    store.save(account(newOrganization(), "other" + domain, ApiRole.ADMIN));

    assertThat(store.lockActiveAdmins(org))
        .containsExactlyInAnyOrder(zed.accountId(), amy.accountId());
  }

  private static Account account(UUID orgId, String email, ApiRole role) {
    return Account.of(
        orgId, null, email, email.substring(0, email.indexOf('@')), role, "$argon2id$test");
  }
}
