package dev.concierge.core.access;

import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.UnauthenticatedException;
import dev.concierge.core.model.ApiKey;
import dev.concierge.core.model.ApiRole;
import dev.concierge.core.ports.ListApiKeysPort;
import dev.concierge.core.ports.LoadApiKeyPort;
import dev.concierge.core.ports.LoadOrganizationPort;
import dev.concierge.core.ports.RecordApiKeyUsePort;
import dev.concierge.core.ports.RevokeApiKeyPort;
import dev.concierge.core.ports.SaveApiKeyPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Use cases of API keys: issue, authenticate, list, revoke. A key is {@code ck_} followed by 256
 * random bits in base64url; its first {@value #PREFIX_LENGTH} characters find the row and its
 * SHA-256 proves it. Thread-safe.
 */
public final class ApiKeys {
  static final int PREFIX_LENGTH = 12;
  private static final String KEY_START = "ck_";
  private static final Pattern KEY_SHAPE = Pattern.compile("ck_[A-Za-z0-9_-]{43}");

  private final SaveApiKeyPort save;
  private final LoadApiKeyPort load;
  private final ListApiKeysPort list;
  private final RevokeApiKeyPort revoke;
  private final RecordApiKeyUsePort recordUse;
  private final LoadOrganizationPort organizations;
  private final SecureRandom random = new SecureRandom();

  public ApiKeys(
      SaveApiKeyPort save,
      LoadApiKeyPort load,
      ListApiKeysPort list,
      RevokeApiKeyPort revoke,
      RecordApiKeyUsePort recordUse,
      LoadOrganizationPort organizations) {
    this.save = save;
    this.load = load;
    this.list = list;
    this.revoke = revoke;
    this.recordUse = recordUse;
    this.organizations = organizations;
  }

  public IssuedApiKey issue(UUID orgId, ApiRole role, String name, String createdBy) {
    new FieldErrors()
        .required("org_id", orgId)
        .required("role", role)
        .required("name", name)
        .length("name", name, 1, 200)
        .throwIfAny();
    if (organizations.loadOrganization(orgId).isEmpty()) {
      throw new NotFoundException("organization", orgId);
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiKey stored =
        save.saveApiKey(
            new ApiKey(
                UUID.randomUUID(),
                orgId,
                name.strip(),
                role,
                secret.substring(0, PREFIX_LENGTH),
                sha256(secret),
                createdBy,
                null,
                null,
                null));
    return new IssuedApiKey(stored, secret);
  }

  /** The first admin key of a new installation, when no key exists at all yet. */
  public Optional<IssuedApiKey> issueFirstAdminKey(UUID orgId) {
    if (!list.listApiKeys().isEmpty()) {
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
    ApiKey key =
        load.loadApiKeyByPrefix(presented.substring(0, PREFIX_LENGTH))
            .filter(k -> !k.isRevoked())
            .filter(k -> constantTimeEquals(k.keyHash(), sha256(presented)))
            .orElseThrow(() -> new UnauthenticatedException("The API key is missing or invalid."));
    recordUse.recordApiKeyUse(key.apiKeyId());
    return new Caller(key.apiKeyId(), key.orgId(), key.name(), key.role());
  }

  public List<ApiKey> list() {
    return list.listApiKeys();
  }

  public ApiKey revoke(UUID apiKeyId) {
    return revoke
        .revokeApiKey(apiKeyId)
        .orElseThrow(() -> new NotFoundException("API key", apiKeyId));
  }

  static String sha256(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
