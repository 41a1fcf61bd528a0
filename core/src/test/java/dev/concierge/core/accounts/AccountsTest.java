package dev.concierge.core.accounts;

import static dev.concierge.core.accounts.InMemoryAccounts.ORG;
import static dev.concierge.core.accounts.InMemoryAccounts.OTHER_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Managing accounts: who may, the password policy, unique addresses, the last admin. */
class AccountsTest {
  private static final String PASSWORD = "correct horse battery";

  private final InMemoryAccounts store = new InMemoryAccounts();
  private final Accounts accounts = store.accounts();
  private final Caller adminKey = Caller.apiKey(UUID.randomUUID(), ORG, "ops", ApiRole.ADMIN);

  @Test
  void an_admin_creates_an_account_whose_password_is_kept_only_as_a_hash() {
    UUID person = store.person(ORG);

    Account created =
        accounts.create(
            adminKey,
            new NewAccount("  Anna@Example.com ", " Anna ", ApiRole.CONCIERGE, PASSWORD, person));

    assertThat(created.email()).isEqualTo("Anna@Example.com");
    assertThat(created.displayName()).isEqualTo("Anna");
    assertThat(created.orgId()).isEqualTo(ORG);
    assertThat(created.personId()).isEqualTo(person);
    assertThat(created.isActive()).isTrue();
    assertThat(created.passwordHash()).isEqualTo("v1:" + PASSWORD);
    assertThat(created.toString()).doesNotContain(PASSWORD).doesNotContain("v1:");
    assertThat(accounts.list(adminKey, PageRequest.of(null, null)).items())
        .containsExactly(created);
  }

  @Test
  void only_admins_manage_accounts() {
    Caller concierge = Caller.apiKey(UUID.randomUUID(), ORG, "portal", ApiRole.CONCIERGE);
    Account anna = anna();

    assertThatThrownBy(
            () ->
                accounts.create(
                    concierge, new NewAccount("b@example.com", "B", ApiRole.ADMIN, PASSWORD, null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> accounts.list(concierge, PageRequest.of(null, null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> accounts.get(concierge, anna.accountId()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> accounts.delete(concierge, anna.accountId()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(store.hashing.hashes).isEqualTo(1);
  }

  @Test
  void another_organizations_account_is_not_found() {
    Account anna = anna();
    Caller otherAdmin = Caller.apiKey(UUID.randomUUID(), OTHER_ORG, "them", ApiRole.ADMIN);

    assertThatThrownBy(() -> accounts.get(otherAdmin, anna.accountId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> accounts.delete(otherAdmin, anna.accountId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void an_email_address_is_taken_once_per_installation_whatever_its_case() {
    anna();
    Caller otherAdmin = Caller.apiKey(UUID.randomUUID(), OTHER_ORG, "them", ApiRole.ADMIN);

    assertThatThrownBy(
            () ->
                accounts.create(
                    otherAdmin,
                    new NewAccount("ANNA@example.COM", "Anna", ApiRole.ADMIN, PASSWORD, null)))
        .isInstanceOf(ConflictException.class);
    assertThat(store.hashing.hashes).as("no hash is spent on a duplicate").isEqualTo(1);
  }

  @Test
  void the_password_policy_is_12_to_1024_characters_and_not_the_email_address() {
    assertThat(passwordErrors("eleven char")).containsExactly("must be 12 to 1,024 characters");
    assertThat(passwordErrors("x".repeat(1025))).containsExactly("must be 12 to 1,024 characters");
    assertThat(passwordErrors(" anna@example.COM"))
        .containsExactly("must not be the email address");
    assertThat(passwordErrors("twelve chars")).isEmpty();
    assertThat(passwordErrors("x".repeat(1024))).isEmpty();
    // twelve characters, though more UTF-16 units
    assertThat(passwordErrors("😀".repeat(12))).isEmpty();
    assertThat(passwordErrors("😀".repeat(11))).isNotEmpty();
  }

  @Test
  void every_invalid_field_is_reported_at_once_and_nothing_is_hashed() {
    ValidationException refused =
        catchValidation(
            () ->
                accounts.create(
                    adminKey,
                    new NewAccount("not-an-address", "", null, "short", UUID.randomUUID())));

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("email", "display_name", "role", "password", "person_id");
    assertThat(store.hashing.hashes).isZero();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void a_person_of_another_organization_cannot_be_linked() {
    UUID theirs = store.person(OTHER_ORG);

    ValidationException refused =
        catchValidation(
            () ->
                accounts.create(
                    adminKey,
                    new NewAccount("anna@example.com", "Anna", ApiRole.ADMIN, PASSWORD, theirs)));

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("person_id");
  }

  @Test
  void an_update_changes_only_what_it_names_and_a_new_password_is_hashed() {
    Account anna = anna();

    Account renamed =
        accounts.update(
            adminKey,
            anna.accountId(),
            new AccountChanges(
                FieldChange.to("Anna K."),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged()));
    Account repassworded =
        accounts.update(adminKey, anna.accountId(), AccountChanges.password("a new passphrase"));

    assertThat(renamed.displayName()).isEqualTo("Anna K.");
    assertThat(renamed.role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(renamed.passwordHash()).isEqualTo(anna.passwordHash());
    assertThat(repassworded.passwordHash()).isEqualTo("v1:a new passphrase");
    assertThat(repassworded.displayName()).isEqualTo("Anna K.");
  }

  @Test
  void a_password_or_role_cannot_be_cleared() {
    Account anna = anna();

    ValidationException refused =
        catchValidation(
            () ->
                accounts.update(
                    adminKey,
                    anna.accountId(),
                    new AccountChanges(
                        FieldChange.to(null),
                        FieldChange.to(null),
                        FieldChange.to(null),
                        FieldChange.to(null))));

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("display_name", "role", "is_active", "password");
  }

  // -- the last admin ---------------------------------------------------------------------------

  @Test
  void the_last_active_admin_account_cannot_demote_deactivate_or_delete_itself() {
    Account boss = admin("boss@example.com");
    Caller self = Caller.account(boss.accountId(), ORG, "Boss", ApiRole.ADMIN);

    assertThatThrownBy(() -> accounts.update(self, boss.accountId(), role(ApiRole.CONCIERGE)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("last active admin");
    assertThatThrownBy(() -> accounts.update(self, boss.accountId(), AccountChanges.deactivate()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> accounts.delete(self, boss.accountId()))
        .isInstanceOf(ConflictException.class);
    assertThat(store.stored(boss.accountId()).isActiveAdmin()).isTrue();
  }

  @Test
  void an_admin_may_step_down_while_another_active_admin_remains() {
    Account boss = admin("boss@example.com");
    Account deputy = admin("deputy@example.com");
    Caller self = Caller.account(boss.accountId(), ORG, "Boss", ApiRole.ADMIN);

    accounts.update(self, boss.accountId(), role(ApiRole.ANALYST));

    assertThat(store.stored(boss.accountId()).role()).isEqualTo(ApiRole.ANALYST);
    // the deputy is now the last one, and is held to it
    Caller deputySelf = Caller.account(deputy.accountId(), ORG, "Deputy", ApiRole.ADMIN);
    assertThatThrownBy(() -> accounts.delete(deputySelf, deputy.accountId()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void an_inactive_admin_does_not_count_as_the_one_that_remains() {
    Account boss = admin("boss@example.com");
    Account retired = admin("retired@example.com");
    accounts.update(adminKey, retired.accountId(), AccountChanges.deactivate());
    Caller self = Caller.account(boss.accountId(), ORG, "Boss", ApiRole.ADMIN);

    assertThatThrownBy(() -> accounts.update(self, boss.accountId(), AccountChanges.deactivate()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void api_keys_and_operators_may_remove_the_last_admin_account_and_nobody_else_is_locked() {
    Account boss = admin("boss@example.com");
    Account other = admin("other@example.com");
    Caller otherSelf = Caller.account(other.accountId(), ORG, "Other", ApiRole.ADMIN);

    accounts.update(otherSelf, boss.accountId(), AccountChanges.deactivate());
    accounts.update(adminKey, other.accountId(), role(ApiRole.CONCIERGE));

    assertThat(store.all()).noneMatch(Account::isActiveAdmin);
    assertThat(store.accounts.locks())
        .as("no lock is taken unless an admin steps down itself")
        .isZero();
  }

  // -- the cache of signed-in accounts ----------------------------------------------------------

  @Test
  void a_change_through_the_use_case_reaches_signed_in_requests_at_once() {
    Account anna = anna();
    assertThat(accounts.signedIn(ORG, anna.accountId())).isPresent();

    accounts.update(adminKey, anna.accountId(), AccountChanges.deactivate());

    assertThat(accounts.signedIn(ORG, anna.accountId())).isEmpty();
  }

  @Test
  void a_change_made_elsewhere_reaches_signed_in_requests_within_five_seconds() {
    Account anna = anna();
    accounts.signedIn(ORG, anna.accountId());
    int finds = store.accounts.finds();

    store.changeInStore(anna.accountId(), false, ApiRole.CONCIERGE);
    boolean stillRemembered = accounts.signedIn(ORG, anna.accountId()).isPresent();
    store.clock.advance(Accounts.REMEMBERED_FOR);

    assertThat(stillRemembered).isTrue();
    assertThat(store.accounts.finds()).isEqualTo(finds);
    assertThat(accounts.signedIn(ORG, anna.accountId())).isEmpty();
  }

  @Test
  void a_signed_in_account_is_only_found_in_its_own_organization() {
    Account anna = anna();

    assertThat(accounts.signedIn(OTHER_ORG, anna.accountId())).isEmpty();
  }

  // -- operators --------------------------------------------------------------------------------

  @Test
  void an_operator_locates_an_account_by_id_or_email_address_anywhere() {
    Account anna = anna();

    assertThat(accounts.locate(anna.accountId().toString())).isEqualTo(anna);
    assertThat(accounts.locate(" ANNA@example.com ")).isEqualTo(anna);
    assertThatThrownBy(() -> accounts.locate("nobody@example.com"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> accounts.locate("not an id")).isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------------------------------------

  private Account anna() {
    return accounts.create(
        adminKey, new NewAccount("Anna@Example.com", "Anna", ApiRole.CONCIERGE, PASSWORD, null));
  }

  private Account admin(String email) {
    return accounts.create(adminKey, new NewAccount(email, email, ApiRole.ADMIN, PASSWORD, null));
  }

  private static AccountChanges role(ApiRole role) {
    return new AccountChanges(
        FieldChange.unchanged(),
        FieldChange.to(role),
        FieldChange.unchanged(),
        FieldChange.unchanged());
  }

  /** What the policy says of a password, tried as a new password of an existing account. */
  private java.util.List<String> passwordErrors(String password) {
    Account anna =
        store.all().stream()
            .filter(a -> a.email().equals("Anna@Example.com"))
            .findFirst()
            .orElseGet(this::anna);
    try {
      accounts.update(adminKey, anna.accountId(), AccountChanges.password(password));
      return java.util.List.of();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::message).toList();
    }
  }

  private static ValidationException catchValidation(ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(ValidationException.class);
    return (ValidationException) thrown;
  }
}
