package dev.concierge.core.organization;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;

/** The caller's own organization: everyone reads it, admins change its settings. */
public final class OrganizationSettings {
  private final OrganizationStore load;
  private final OrganizationStore save;
  private final AuditTrail audit;

  public OrganizationSettings(OrganizationStore load, OrganizationStore save, AuditTrail audit) {
    this.load = load;
    this.save = save;
    this.audit = audit;
  }

  public Organization get(Caller caller) {
    return load.loadOrganization(caller.orgId())
        .orElseThrow(() -> new NotFoundException("organization", caller.orgId()));
  }

  public Organization update(Caller caller, OrganizationChanges changes) {
    caller.requireAdmin();
    Organization current = get(caller);
    String name = changes.name().applyTo(current.name());
    var zone = changes.defaultTimezone().applyTo(current.defaultTimezone());
    new FieldErrors()
        .required("name", name)
        .length("name", name, 1, 200)
        .required("default_timezone", zone)
        .throwIfAny();
    Organization changed =
        new Organization(
            current.orgId(),
            name.strip(),
            zone,
            current.reminderSendTime(),
            changes.settings().applyTo(current.settings()),
            current.createdAt(),
            current.updatedAt());
    return audit.updated(
        caller,
        EntityType.ORGANIZATION,
        current.orgId(),
        changes,
        () -> save.saveOrganization(changed));
  }
}
