package dev.concierge.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.InMemoryApiKeyStore;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import dev.concierge.core.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Keys are verified against the store, remembered briefly, and forgotten when revoked. */
class ApiKeysTest {
  private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID OTHER_ORG = UUID.fromString("00000000-0000-0000-0000-0000000000ff");

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T12:00:00Z"));
  private final InMemoryApiKeyStore store = new InMemoryApiKeyStore(clock);
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final ApiKeys keys =
      new ApiKeys(
          store,
          InMemoryOrganizationStore.with(ORG, OTHER_ORG),
          new AuditTrail(audited, Supplier::get),
          clock);

  @Test
  void a_key_verified_once_is_not_looked_up_again_until_its_memory_expires() {
    IssuedApiKey issued = keys.issue(ORG, ApiRole.CONCIERGE, "portal", "test");

    Caller first = keys.authenticate(issued.secret());
    Caller second = keys.authenticate(issued.secret());
    clock.advance(ApiKeys.VERIFIED_FOR);
    keys.authenticate(issued.secret());

    assertThat(first).isEqualTo(second);
    assertThat(first.role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(store.lookups()).isEqualTo(2);
  }

  @Test
  void revoking_through_the_use_case_stops_the_key_at_once() {
    IssuedApiKey issued = keys.issue(ORG, ApiRole.ADMIN, "ops", "test");
    keys.authenticate(issued.secret());

    keys.revoke(issued.key().apiKeyId());

    assertThatThrownBy(() -> keys.authenticate(issued.secret()))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void a_revocation_made_elsewhere_takes_effect_when_the_memory_expires() {
    IssuedApiKey issued = keys.issue(ORG, ApiRole.ADMIN, "ops", "test");
    keys.authenticate(issued.secret());
    store.revoke(issued.key().apiKeyId());

    keys.authenticate(issued.secret());
    clock.advance(ApiKeys.VERIFIED_FOR);

    assertThatThrownBy(() -> keys.authenticate(issued.secret()))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void last_use_is_recorded_at_most_once_a_minute() {
    IssuedApiKey issued = keys.issue(ORG, ApiRole.ANALYST, "reports", "test");

    for (int i = 0; i < 30; i++) {
      keys.authenticate(issued.secret());
      clock.advance(Duration.ofSeconds(3));
    }

    // 90 seconds of requests: recorded at 0 s and at 60 s
    assertThat(store.uses()).isEqualTo(2);
  }

  @Test
  void a_wrong_secret_with_a_known_prefix_is_rejected() {
    IssuedApiKey issued = keys.issue(ORG, ApiRole.ANALYST, "reports", "test");
    String secret = issued.secret();
    char last = secret.charAt(secret.length() - 1);
    String forged = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');

    keys.authenticate(secret);

    assertThatThrownBy(() -> keys.authenticate(forged))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void an_admin_issues_a_key_of_its_own_organization_whose_secret_is_shown_once() {
    Caller admin = Caller.apiKey(UUID.randomUUID(), ORG, "ops", ApiRole.ADMIN);

    IssuedApiKey issued = keys.issue(admin, ApiRole.ANALYST, " reports ");

    assertThat(issued.secret())
        .matches("ck_[A-Za-z0-9_-]{43}")
        .startsWith(issued.key().keyPrefix());
    assertThat(issued.key().keyHash()).isNotEqualTo(issued.secret()).hasSize(64);
    assertThat(issued.key().name()).isEqualTo("reports");
    assertThat(issued.key().orgId()).isEqualTo(ORG);
    assertThat(issued.key().createdBy()).isEqualTo("api_key:ops");
    assertThat(issued.toString()).doesNotContain(issued.secret());
    assertThat(keys.authenticate(issued.secret()).role()).isEqualTo(ApiRole.ANALYST);
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityId()).isEqualTo(issued.key().apiKeyId());
              assertThat(entry.fields()).containsExactly("name", "role");
            });
  }

  @Test
  void only_admins_manage_keys_and_only_those_of_their_own_organization() {
    IssuedApiKey theirs = keys.issue(OTHER_ORG, ApiRole.ADMIN, "theirs", "test");
    Caller admin = Caller.apiKey(UUID.randomUUID(), ORG, "ops", ApiRole.ADMIN);
    Caller concierge = Caller.apiKey(UUID.randomUUID(), ORG, "portal", ApiRole.CONCIERGE);
    IssuedApiKey ours = keys.issue(admin, ApiRole.CONCIERGE, "ours");

    assertThatThrownBy(() -> keys.issue(concierge, ApiRole.ADMIN, "mine"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> keys.list(concierge, PageRequest.of(null, null)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(keys.list(admin, PageRequest.of(null, null)).items()).containsExactly(ours.key());
    assertThatThrownBy(() -> keys.get(admin, theirs.key().apiKeyId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> keys.revoke(admin, theirs.key().apiKeyId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(keys.authenticate(theirs.secret()).orgId()).isEqualTo(OTHER_ORG);
  }

  @Test
  void an_admins_revocation_is_audited_and_stops_the_key() {
    Caller admin = Caller.apiKey(UUID.randomUUID(), ORG, "ops", ApiRole.ADMIN);
    IssuedApiKey issued = keys.issue(admin, ApiRole.CONCIERGE, "portal");

    ApiKey revoked = keys.revoke(admin, issued.key().apiKeyId());

    assertThat(revoked.isRevoked()).isTrue();
    assertThat(audited.entries())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
    assertThatThrownBy(() -> keys.authenticate(issued.secret()))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void the_first_admin_key_is_issued_only_while_there_is_no_key_at_all() {
    Optional<IssuedApiKey> first = keys.issueFirstAdminKey(ORG);

    assertThat(first).isPresent();
    assertThat(first.get().key().role()).isEqualTo(ApiRole.ADMIN);
    assertThat(keys.issueFirstAdminKey(ORG)).isEmpty();
    assertThat(keys.list()).hasSize(1);
  }

  @Test
  void a_key_needs_a_known_organization_and_a_name() {
    assertThatThrownBy(() -> keys.issue(UUID.randomUUID(), ApiRole.ADMIN, "ops", "test"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> keys.issue(ORG, null, " ", "test"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("role")
        .hasMessageContaining("name");
    assertThat(keys.list()).isEmpty();
  }

  @Test
  void a_missing_or_malformed_key_is_refused_without_a_lookup() {
    for (String presented : new String[] {null, "", "ck_short", "xx_" + "a".repeat(43)}) {
      assertThatThrownBy(() -> keys.authenticate(presented))
          .isInstanceOf(UnauthenticatedException.class);
    }
    assertThat(store.lookups()).isZero();
  }
}
