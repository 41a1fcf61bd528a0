package dev.concierge.http;

import dev.concierge.core.organization.Organization;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The caller's organization as the API shows it. */
record OrganizationJson(
    UUID orgId,
    String name,
    String defaultTimezone,
    String reminderSendTime,
    Map<String, Object> settingsJsonb,
    Instant createdAt,
    Instant updatedAt) {

  static OrganizationJson of(Organization o) {
    return new OrganizationJson(
        o.orgId(),
        o.name(),
        o.defaultTimezone().getId(),
        o.reminderSendTime().toString(),
        o.settings().values(),
        o.createdAt(),
        o.updatedAt());
  }
}
