package dev.concierge.core.access;

import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.model.ApiRole;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is asking: an authenticated API key's organization and role. Every use case works inside
 * {@link #orgId()}, so another organization's rows are simply not found.
 */
public record Caller(UUID apiKeyId, UUID orgId, String name, ApiRole role) {
  public Caller {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(role, "role");
  }

  /** Concierges and admins change data; analysts only read. */
  public void requireWriter() {
    if (role == ApiRole.ANALYST) {
      throw new ForbiddenException("The analyst role may only read.");
    }
  }

  /** Categories and the catalogue shape everyone's work, so only admins change them. */
  public void requireAdmin() {
    if (role != ApiRole.ADMIN) {
      throw new ForbiddenException("Only the admin role may change this.");
    }
  }

  /** An org_id the caller names must be its own: a key never reaches into another tenant. */
  public void requireOwnOrganization(UUID claimedOrgId) {
    if (claimedOrgId != null && !claimedOrgId.equals(orgId)) {
      throw new ForbiddenException("org_id must be the organization of the API key.");
    }
  }
}
