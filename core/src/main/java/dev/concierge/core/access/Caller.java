package dev.concierge.core.access;

import dev.concierge.core.errors.ForbiddenException;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is asking: an authenticated actor (API key, signed-in account, operator, worker), its
 * organization and role, and the request it came with. Every use case works inside {@link
 * #orgId()}, so another organization's rows are simply not found; every write is attributed to
 * {@link #actorType()} / {@link #actorId()}.
 *
 * @param actorId the key's or account's id; null for operators and workers, which have none
 * @param requestId the request's correlation id, carried into the audit log; null outside HTTP
 */
public record Caller(
    ActorType actorType, UUID actorId, UUID orgId, String name, ApiRole role, String requestId) {
  public Caller {
    Objects.requireNonNull(actorType, "actorType");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(role, "role");
  }

  public static Caller apiKey(UUID apiKeyId, UUID orgId, String name, ApiRole role) {
    return new Caller(ActorType.API_KEY, apiKeyId, orgId, name, role, null);
  }

  public static Caller account(UUID accountId, UUID orgId, String name, ApiRole role) {
    return new Caller(ActorType.ACCOUNT, accountId, orgId, name, role, null);
  }

  /** An operator running a command: acts with the admin role inside one organization. */
  public static Caller operator(UUID orgId, String name) {
    return new Caller(ActorType.CLI, null, orgId, name, ApiRole.ADMIN, null);
  }

  /** The service acting on its own (roll-over, dispatch, check-ins). */
  public static Caller system(UUID orgId, String name) {
    return new Caller(ActorType.SYSTEM, null, orgId, name, ApiRole.ADMIN, null);
  }

  public Caller withRequestId(String id) {
    return new Caller(actorType, actorId, orgId, name, role, id);
  }

  /** Concierges and admins change data; analysts only read. */
  public void requireWriter() {
    if (role == ApiRole.ANALYST) {
      throw new ForbiddenException("The analyst role may only read.");
    }
  }

  /**
   * Categories, the catalogue, accounts and keys shape everyone's work, so only admins change them.
   */
  public void requireAdmin() {
    if (role != ApiRole.ADMIN) {
      throw new ForbiddenException("Only the admin role may do this.");
    }
  }

  /** An org_id the caller names must be its own: a caller never reaches into another tenant. */
  public void requireOwnOrganization(UUID claimedOrgId) {
    if (claimedOrgId != null && !claimedOrgId.equals(orgId)) {
      throw new ForbiddenException("org_id must be the organization of the caller.");
    }
  }
}
