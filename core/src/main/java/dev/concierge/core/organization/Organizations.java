package dev.concierge.core.organization;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.model.Metadata;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The installation's organizations, as its operator sees them: onboarding another tenant and
 * listing them all. No API caller reaches this; each of them belongs to one organization.
 */
public final class Organizations {
  /** Where a new organization's lead-time reminders are sent, local time, as the first one's. */
  static final LocalTime SEND_TIME = LocalTime.of(9, 0);

  /** A new organization's zone when none is given, as the database's default. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

  private final OrganizationStore create;
  private final OrganizationStore list;
  private final AuditTrail audit;

  public Organizations(OrganizationStore create, OrganizationStore list, AuditTrail audit) {
    this.create = create;
    this.list = list;
    this.audit = audit;
  }

  /**
   * Creates an organization, recorded in its own audit log as the operator's write.
   *
   * @param operator who runs the command, as the audit log names the actor
   */
  public Organization create(String operator, NewOrganization organization) {
    new FieldErrors()
        .required("name", organization.name())
        .length("name", organization.name(), 1, 200)
        .throwIfAny();
    ZoneId zone =
        organization.defaultTimezone() == null ? DEFAULT_ZONE : organization.defaultTimezone();
    // the id is drawn here because the audit entry belongs to the new organization itself
    UUID orgId = UUID.randomUUID();
    Organization created =
        new Organization(
            orgId, organization.name().strip(), zone, SEND_TIME, Metadata.EMPTY, null, null);
    return audit.created(
        Caller.operator(orgId, operator),
        EntityType.ORGANIZATION,
        organization,
        Organization::orgId,
        () -> create.createOrganization(created));
  }

  public List<OrganizationSummary> list() {
    return list.listOrganizations();
  }
}
