package dev.concierge.core.accounts;

import static dev.concierge.core.accounts.InMemoryAccounts.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.UnauthenticatedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signing in reveals nothing about which addresses exist; tokens follow their account. */
class LoginTest {
  private static final String PASSWORD = "correct horse battery";

  private final InMemoryAccounts store = new InMemoryAccounts();
  private final Accounts accounts = store.accounts();
  private final InMemoryAccounts.PlainTokens tokens = new InMemoryAccounts.PlainTokens(store.clock);
  private final AccountSessions sessions =
      new AccountSessions(accounts, tokens, Duration.ofMinutes(15), store.clock);
  private final Caller adminKey = Caller.apiKey(UUID.randomUUID(), ORG, "ops", ApiRole.ADMIN);
  private final Account anna =
      accounts.create(
          adminKey, new NewAccount("anna@example.com", "Anna", ApiRole.CONCIERGE, PASSWORD, null));

  @Test
  void the_right_password_signs_in_and_records_the_login() {
    Account signedIn = accounts.login(" ANNA@example.com ", PASSWORD);

    assertThat(signedIn.accountId()).isEqualTo(anna.accountId());
    assertThat(signedIn.lastLoginAt()).isEqualTo(store.clock.instant());
    assertThat(store.stored(anna.accountId()).lastLoginAt()).isEqualTo(store.clock.instant());
  }

  @Test
  void every_failure_has_the_same_message_and_costs_the_same_hashing() {
    accounts.create(
        adminKey, new NewAccount("gone@example.com", "Gone", ApiRole.ADMIN, PASSWORD, null));
    accounts.update(
        adminKey, accounts.locate("gone@example.com").accountId(), AccountChanges.deactivate());
    accounts.login("anna@example.com", PASSWORD); // the decoy is made outside the measured part

    List<String> messages = new ArrayList<>();
    List<Integer> verifications = new ArrayList<>();
    for (String[] attempt :
        new String[][] {
          {"anna@example.com", "wrong password!"},
          {"nobody@example.com", PASSWORD},
          {"gone@example.com", PASSWORD},
          {"not an address", PASSWORD}
        }) {
      int before = store.hashing.verifications;
      Throwable thrown = catchThrowable(() -> accounts.login(attempt[0], attempt[1]));
      assertThat(thrown).as(attempt[0]).isInstanceOf(UnauthenticatedException.class);
      messages.add(thrown.getMessage());
      verifications.add(store.hashing.verifications - before);
    }

    assertThat(messages).containsOnly(Accounts.SIGN_IN_FAILED);
    assertThat(verifications).containsOnly(1);
    assertThat(accounts.locate("gone@example.com").lastLoginAt()).isNull();
  }

  @Test
  void an_account_without_a_password_cannot_sign_in() {
    store.accounts.save(anna.withPasswordHash(null));

    assertThatThrownBy(() -> accounts.login("anna@example.com", PASSWORD))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessage(Accounts.SIGN_IN_FAILED);
  }

  @Test
  void an_empty_or_overlong_password_is_refused_without_hashing() {
    int before = store.hashing.verifications;

    assertThatThrownBy(() -> accounts.login("anna@example.com", ""))
        .hasMessage(Accounts.SIGN_IN_FAILED);
    assertThatThrownBy(() -> accounts.login("anna@example.com", "x".repeat(1025)))
        .hasMessage(Accounts.SIGN_IN_FAILED);
    assertThat(store.hashing.verifications).isEqualTo(before);
  }

  @Test
  void a_hash_with_outdated_parameters_is_redone_at_sign_in() {
    store.hashing.version = "v2";

    accounts.login("anna@example.com", PASSWORD);

    assertThat(store.stored(anna.accountId()).passwordHash()).isEqualTo("v2:" + PASSWORD);
    assertThat(accounts.login("anna@example.com", PASSWORD)).isNotNull();
  }

  @Test
  void a_token_stands_for_its_account_with_the_accounts_current_role() {
    SignedIn signedIn = sessions.login("anna@example.com", PASSWORD);

    Caller caller = sessions.authenticate(signedIn.accessToken());
    accounts.update(
        adminKey,
        anna.accountId(),
        new AccountChanges(
            dev.concierge.core.model.FieldChange.unchanged(),
            dev.concierge.core.model.FieldChange.to(ApiRole.ANALYST),
            dev.concierge.core.model.FieldChange.unchanged(),
            dev.concierge.core.model.FieldChange.unchanged()));
    Caller demoted = sessions.authenticate(signedIn.accessToken());

    assertThat(signedIn.expiresAt()).isEqualTo(store.clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(signedIn.toString()).doesNotContain(signedIn.accessToken());
    assertThat(caller.actorType()).isEqualTo(ActorType.ACCOUNT);
    assertThat(caller.actorId()).isEqualTo(anna.accountId());
    assertThat(caller.orgId()).isEqualTo(ORG);
    assertThat(caller.role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(demoted.role()).isEqualTo(ApiRole.ANALYST);
  }

  @Test
  void a_token_of_a_deactivated_deleted_or_expired_account_is_refused() {
    String first = sessions.login("anna@example.com", PASSWORD).accessToken();
    accounts.update(adminKey, anna.accountId(), AccountChanges.deactivate());

    assertThatThrownBy(() -> sessions.authenticate(first))
        .isInstanceOf(UnauthenticatedException.class);
    assertThatThrownBy(() -> sessions.login("anna@example.com", PASSWORD))
        .hasMessage(Accounts.SIGN_IN_FAILED);

    Account bob =
        accounts.create(
            adminKey, new NewAccount("bob@example.com", "Bob", ApiRole.ADMIN, PASSWORD, null));
    String bobs = sessions.login("bob@example.com", PASSWORD).accessToken();
    accounts.delete(adminKey, bob.accountId());
    assertThatThrownBy(() -> sessions.authenticate(bobs))
        .isInstanceOf(UnauthenticatedException.class);

    accounts.create(
        adminKey, new NewAccount("cleo@example.com", "Cleo", ApiRole.ADMIN, PASSWORD, null));
    String cleos = sessions.login("cleo@example.com", PASSWORD).accessToken();
    store.clock.advance(Duration.ofMinutes(15));
    assertThatThrownBy(() -> sessions.authenticate(cleos))
        .isInstanceOf(UnauthenticatedException.class);
    assertThatThrownBy(() -> sessions.authenticate("not a token"))
        .isInstanceOf(UnauthenticatedException.class);
  }
}
