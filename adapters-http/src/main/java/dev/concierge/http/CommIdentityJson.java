package dev.concierge.http;

import dev.concierge.core.identities.CommIdentity;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static CommIdentityJson of(CommIdentity c, ZoneId zone) {
    return new CommIdentityJson(
        c.commIdentityId(),
        c.orgId(),
        c.personId(),
        c.channelType().wireName(),
        c.identityValue(),
        c.primary(),
        c.verified(),
        c.metadata().values(),
        Instants.at(c.createdAt(), zone),
        Instants.at(c.updatedAt(), zone));
  }
}
