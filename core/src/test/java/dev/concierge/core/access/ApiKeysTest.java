package dev.concierge.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Keys are verified against the store, remembered briefly, and forgotten when revoked. */
class ApiKeysTest {
  private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private final Map<String, ApiKey> byPrefix = new ConcurrentHashMap<>();
  private final List<String> lookups = new ArrayList<>();
  private final List<UUID> usesRecorded = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
  private final ApiKeys keys =
      new ApiKeys(
          new ObservedKeys(),
          new ObservedKeys(),
          new ObservedKeys(),
          new ObservedKeys(),
          new ObservedKeys(),
          InMemoryOrganizationStore.with(ORG),
          new dev.concierge.core.audit.AuditTrail(
              new InMemoryAuditStore(), java.util.function.Supplier::get),
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
    assertThat(lookups).hasSize(2);
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
    revokeInStore(issued.key().apiKeyId());

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
    assertThat(usesRecorded).hasSize(2).containsOnly(issued.key().apiKeyId());
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

  private Optional<ApiKey> revokeInStore(UUID id) {
    for (ApiKey key : byPrefix.values()) {
      if (key.apiKeyId().equals(id)) {
        ApiKey revoked =
            new ApiKey(
                key.apiKeyId(),
                key.orgId(),
                key.name(),
                key.role(),
                key.keyPrefix(),
                key.keyHash(),
                key.createdBy(),
                key.lastUsedAt(),
                clock.instant(),
                key.createdAt());
        byPrefix.put(key.keyPrefix(), revoked);
        return Optional.of(revoked);
      }
    }
    return Optional.empty();
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Keys in this test's map, with every lookup and recorded use noted. */
  private final class ObservedKeys implements ApiKeyStore {
    @Override
    public Optional<ApiKey> loadApiKeyByPrefix(String prefix) {
      lookups.add(prefix);
      return Optional.ofNullable(byPrefix.get(prefix));
    }

    @Override
    public List<ApiKey> listApiKeys() {
      return List.copyOf(byPrefix.values());
    }

    @Override
    public ApiKey saveApiKey(ApiKey key) {
      byPrefix.put(key.keyPrefix(), key);
      return key;
    }

    @Override
    public Optional<ApiKey> revokeApiKey(UUID apiKeyId) {
      return revokeInStore(apiKeyId);
    }

    @Override
    public void recordApiKeyUse(UUID apiKeyId) {
      usesRecorded.add(apiKeyId);
    }
  }
}
