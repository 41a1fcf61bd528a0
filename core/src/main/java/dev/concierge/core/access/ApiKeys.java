package dev.concierge.core.access;

import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Use cases of API keys: issue, authenticate, list, revoke. A key is {@code ck_} followed by 256
 * random bits in base64url; its first {@value #PREFIX_LENGTH} characters find the row and its
 * SHA-256 proves it. Thread-safe.
 *
 * <p>A verified key is remembered for {@link #VERIFIED_FOR}, so a busy client costs no database
 * round trip per request; revoking through this instance forgets it at once, a revocation made by
 * another process takes effect here within that time. Last use is written at most once a minute per
 * key.
 */
public final class ApiKeys {
  static final int PREFIX_LENGTH = 12;
  private static final String KEY_START = "ck_";
  private static final Pattern KEY_SHAPE = Pattern.compile("ck_[A-Za-z0-9_-]{43}");

  private final ApiKeyStore keys;
  private final OrganizationStore organizations;
  private final AuditTrail audit;
  private final Clock clock;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final Map<UUID, Instant> lastRecordedUse = new ConcurrentHashMap<>();

  static final Duration VERIFIED_FOR = Duration.ofSeconds(5);
  private static final Duration USE_PRECISION = Duration.ofMinutes(1);
  // bounds memory against a flood of distinct valid keys; a full cache is simply dropped
  private static final int MAX_REMEMBERED = 10_000;

  private record Verified(Caller caller, Instant until) {}

  /**
   * @param audit records the keys admins issue and revoke, in their transaction
   */
  public ApiKeys(ApiKeyStore keys, OrganizationStore organizations, AuditTrail audit, Clock clock) {
    this.keys = keys;
    this.organizations = organizations;
    this.audit = audit;
    this.clock = clock;
  }

  public IssuedApiKey issue(UUID orgId, ApiRole role, String name, String createdBy) {
    new FieldErrors()
        .required("org_id", orgId)
        .required("role", role)
        .required("name", name)
        .length("name", name, 1, 200)
        .throwIfAny();
    if (organizations.find(orgId).isEmpty()) {
      throw new NotFoundException("organization", orgId);
    }
    String secret = Secrets.generate(KEY_START);
    ApiKey stored =
        keys.add(
            ApiKey.of(
                orgId,
                name.strip(),
                role,
                secret.substring(0, PREFIX_LENGTH),
                Secrets.sha256(secret),
                createdBy));
    return new IssuedApiKey(stored, secret);
  }

  /** An admin issues a key for its own organization; the secret is in the answer only. */
  public IssuedApiKey issue(Caller caller, ApiRole role, String name) {
    caller.requireAdmin();
    return audit.created(
        caller,
        EntityType.API_KEY,
        new NewApiKey(name, role),
        issued -> issued.key().apiKeyId(),
        () ->
            issue(caller.orgId(), role, name, caller.actorType().wireName() + ":" + caller.name()));
  }

  /** The keys of the caller's organization, oldest first; never their secrets. */
  public Page<ApiKey> list(Caller caller, PageRequest page) {
    caller.requireAdmin();
    List<ApiKey> own = keys.list(caller.orgId());
    int from = Math.min(page.skip(), own.size());
    int to = (int) Math.min((long) from + page.limit(), own.size());
    return new Page<>(own.subList(from, to), own.size());
  }

  /** A key of the caller's organization; another organization's key is not found. */
  public ApiKey get(Caller caller, UUID apiKeyId) {
    caller.requireAdmin();
    return keys.list(caller.orgId()).stream()
        .filter(k -> k.apiKeyId().equals(apiKeyId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("API key", apiKeyId));
  }

  /** Revokes a key of the caller's organization; another organization's key is not found. */
  public ApiKey revoke(Caller caller, UUID apiKeyId) {
    UUID own = get(caller, apiKeyId).apiKeyId();
    return audit.record(
        caller, AuditAction.DELETE, EntityType.API_KEY, key -> own, List.of(), () -> revoke(own));
  }

  /** The first admin key of a new installation, when no key exists at all yet. */
  public Optional<IssuedApiKey> issueFirstAdminKey(UUID orgId) {
    if (!keys.list().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(issue(orgId, ApiRole.ADMIN, "initial admin key", "serve"));
  }

  /**
   * The caller a presented key stands for. Unknown, malformed and revoked keys are all just
   * "invalid", so a probe learns nothing.
   */
  public Caller authenticate(String presented) {
    if (presented == null || !KEY_SHAPE.matcher(presented).matches()) {
      throw new UnauthenticatedException("The API key is missing or invalid.");
    }
    String hash = Secrets.sha256(presented);
    Instant now = clock.instant();
    Verified known = verified.get(hash);
    if (known != null && now.isBefore(known.until())) {
      recordUse(known.caller().actorId(), now);
      return known.caller();
    }
    ApiKey key =
        keys.findByPrefix(presented.substring(0, PREFIX_LENGTH))
            .filter(k -> !k.isRevoked())
            .filter(k -> constantTimeEquals(k.keyHash(), hash))
            .orElseThrow(
                () -> {
                  verified.remove(hash);
                  return new UnauthenticatedException("The API key is missing or invalid.");
                });
    Caller caller = Caller.apiKey(key.apiKeyId(), key.orgId(), key.name(), key.role());
    if (verified.size() >= MAX_REMEMBERED) {
      verified.clear();
    }
    verified.put(hash, new Verified(caller, now.plus(VERIFIED_FOR)));
    recordUse(key.apiKeyId(), now);
    return caller;
  }

  private void recordUse(UUID apiKeyId, Instant now) {
    Instant last = lastRecordedUse.get(apiKeyId);
    if (last != null && now.isBefore(last.plus(USE_PRECISION))) {
      return;
    }
    lastRecordedUse.put(apiKeyId, now);
    keys.recordUse(apiKeyId);
  }

  /** Every key of every organization, oldest first, for the installation's operator. */
  public List<ApiKey> list() {
    return keys.list();
  }

  public ApiKey revoke(UUID apiKeyId) {
    verified.values().removeIf(v -> apiKeyId.equals(v.caller().actorId()));
    return keys.revoke(apiKeyId).orElseThrow(() -> new NotFoundException("API key", apiKeyId));
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
