package dev.concierge.http;

import dev.concierge.core.model.CommIdentity;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A communication identity as the API shows it. */
record CommIdentityJson(
    UUID commIdentityId,
    UUID orgId,
    UUID personId,
    String channelType,
    String identityValue,
    boolean isPrimary,
    boolean isVerified,
    Map<String, Object> metadataJsonb,
    Instant createdAt,
    Instant updatedAt) {

  static CommIdentityJson of(CommIdentity c) {
    return new CommIdentityJson(
        c.commIdentityId(),
        c.orgId(),
        c.personId(),
        c.channelType().wireName(),
        c.identityValue(),
        c.primary(),
        c.verified(),
        c.metadata().values(),
        c.createdAt(),
        c.updatedAt());
  }
}
