package dev.concierge.core.organization;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Use cases of organizations. Through the API a caller sees only its own organization: everyone
 * reads it, admins change its settings. The installation's operator ({@code concierge-admin orgs})
 * onboards organizations and lists them all; no API caller reaches that, each belonging to one.
 */
public final class Organizations {
  /** Where a new organization's lead-time reminders are sent, local time, as the first one's. */
  static final LocalTime SEND_TIME = LocalTime.of(9, 0);

  /** A new organization's zone when none is given, as the database's default. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

  private final OrganizationStore organizations;
  private final AuditTrail audit;

  /**
   * @param audit records every change, in its transaction
   */
  public Organizations(OrganizationStore organizations, AuditTrail audit) {
    this.organizations = organizations;
    this.audit = audit;
  }

  /** The caller's own organization. */
  public Organization get(Caller caller) {
    return organizations
        .find(caller.orgId())
        .orElseThrow(() -> new NotFoundException("organization", caller.orgId()));
  }

  /**
   * Changes the caller's organization's name, default zone and settings. The reminder send time is
   * not changed here: it moves every pending reminder, which is a backfill.
   */
  public Organization update(Caller caller, OrganizationChanges changes) {
    caller.requireAdmin();
    Organization current = get(caller);
    String name = changes.name().applyTo(current.name());
    ZoneId zone = changes.defaultTimezone().applyTo(current.defaultTimezone());
    validate(name).required("default_timezone", zone).throwIfAny();
    Organization changed =
        current.changed(name.strip(), zone, changes.settings().applyTo(current.settings()));
    return audit.updated(
        caller,
        EntityType.ORGANIZATION,
        current.orgId(),
        changes,
        () -> organizations.save(changed));
  }

  /**
   * Onboards an organization, recorded in its own audit log as the operator's write.
   *
   * @param operator who runs the command, as the audit log names the actor
   */
  public Organization create(String operator, NewOrganization organization) {
    validate(organization.name()).throwIfAny();
    ZoneId zone =
        organization.defaultTimezone() == null ? DEFAULT_ZONE : organization.defaultTimezone();
    // the id is drawn here because the audit entry belongs to the new organization itself
    Organization created =
        Organization.of(UUID.randomUUID(), organization.name().strip(), zone, SEND_TIME);
    return audit.created(
        Caller.operator(created.orgId(), operator),
        EntityType.ORGANIZATION,
        organization,
        Organization::orgId,
        () -> organizations.save(created));
  }

  /** Every organization of the installation, oldest first, for its operator. */
  public List<OrganizationSummary> list() {
    return organizations.list();
  }

  private static FieldErrors validate(String name) {
    return new FieldErrors().required("name", name).length("name", name, 1, 200);
  }
}
