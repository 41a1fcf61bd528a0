package dev.concierge.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConflictException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApiKeyStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class ApiKeyStoreContract {
  private ApiKeyStore store;
  private UUID org;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract ApiKeyStore store();

  /** An organization the store may keep keys of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
  }

  @Test
  void an_added_key_is_found_by_its_prefix_with_every_field() {
    ApiKey added = store.add(key(org, "portal"));

    ApiKey found = store.findByPrefix(added.keyPrefix()).orElseThrow();

    assertThat(found.apiKeyId()).isEqualTo(added.apiKeyId());
    assertThat(found.orgId()).isEqualTo(org);
    assertThat(found.name()).isEqualTo("portal");
    assertThat(found.role()).isEqualTo(ApiRole.CONCIERGE);
    assertThat(found.keyHash()).isEqualTo("hash-of-" + added.keyPrefix());
    assertThat(found.createdBy()).isEqualTo("test");
    assertThat(found.lastUsedAt()).isNull();
    assertThat(found.isRevoked()).isFalse();
    assertThat(found.createdAt()).isNotNull().isEqualTo(added.createdAt());
    assertThat(store.findByPrefix("ck_nosuchkey")).isEmpty();
  }

  @Test
  void a_prefix_is_used_once() {
    ApiKey first = store.add(key(org, "first"));

    assertThatThrownBy(
            () ->
                store.add(
                    ApiKey.of(
                        org, "second", ApiRole.ADMIN, first.keyPrefix(), "other hash", "test")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void keys_are_listed_oldest_first_for_an_organization_and_for_everyone() {
    UUID other = newOrganization();
    ApiKey first = store.add(key(org, "first"));
    ApiKey theirs = store.add(key(other, "theirs"));
    ApiKey second = store.add(key(org, "second"));

    assertThat(store.list(org))
        .extracting(ApiKey::apiKeyId)
        .containsExactly(first.apiKeyId(), second.apiKeyId());
    assertThat(
            store.list().stream()
                .filter(k -> List.of(org, other).contains(k.orgId()))
                .map(ApiKey::apiKeyId))
        .containsExactly(first.apiKeyId(), theirs.apiKeyId(), second.apiKeyId());
  }

  @Test
  void a_key_is_revoked_once_and_an_unknown_one_not_at_all() {
    ApiKey key = store.add(key(org, "ops"));

    ApiKey revoked = store.revoke(key.apiKeyId()).orElseThrow();
    ApiKey again = store.revoke(key.apiKeyId()).orElseThrow();

    assertThat(revoked.isRevoked()).isTrue();
    assertThat(again.revokedAt()).isEqualTo(revoked.revokedAt());
    assertThat(store.findByPrefix(key.keyPrefix()).orElseThrow().revokedAt())
        .isEqualTo(revoked.revokedAt());
    assertThat(store.revoke(UUID.randomUUID())).isEmpty();
  }

  @Test
  void a_use_is_noted_and_another_within_the_minute_is_not() {
    ApiKey key = store.add(key(org, "reports"));

    store.recordUse(key.apiKeyId());
    ApiKey used = store.findByPrefix(key.keyPrefix()).orElseThrow();
    store.recordUse(key.apiKeyId());

    assertThat(used.lastUsedAt()).isNotNull();
    assertThat(store.findByPrefix(key.keyPrefix()).orElseThrow().lastUsedAt())
        .isEqualTo(used.lastUsedAt());
  }

  private static ApiKey key(UUID orgId, String name) {
    // prefixes are unique across the installation, which tests may share
    String prefix = "ck_" + UUID.randomUUID().toString().substring(0, 9);
    return ApiKey.of(orgId, name, ApiRole.CONCIERGE, prefix, "hash-of-" + prefix, "test");
  }
}
