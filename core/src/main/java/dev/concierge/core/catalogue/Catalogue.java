package dev.concierge.core.catalogue;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

/**
 * Use cases of the vetted catalogue: vendors, venues, restaurants and products. Everyone reads;
 * only admins change it. Each entry is found only in the collection of its own type.
 */
public final class Catalogue {
  private final CatalogueStore catalogue;
  private final AuditTrail audit;

  public Catalogue(CatalogueStore catalogue, AuditTrail audit) {
    this.catalogue = catalogue;
    this.audit = audit;
  }

  public Page<Resource> list(
      Caller caller, ResourceType type, ResourceQuery query, PageRequest page) {
    return catalogue.list(caller.orgId(), type, query, page);
  }

  public Resource get(Caller caller, ResourceType type, UUID resourceId) {
    return catalogue
        .find(caller.orgId(), resourceId)
        .filter(resource -> resource.resourceType() == type)
        .orElseThrow(() -> new NotFoundException(type.wireName(), resourceId));
  }

  public Resource create(Caller caller, ResourceType type, NewResource input) {
    caller.requireAdmin();
    validate(input, null);
    Resource resource = Resource.of(caller.orgId(), type, input);
    return audit.created(
        caller, EntityType.RESOURCE, input, Resource::resourceId, () -> catalogue.save(resource));
  }

  public Resource update(Caller caller, ResourceType type, UUID resourceId, ResourceChanges c) {
    caller.requireAdmin();
    Resource current = get(caller, type, resourceId);
    NewResource fields = c.applyTo(current);
    new FieldErrors().required("is_vetted", fields.vetted()).throwIfAny();
    validate(fields, current.website());
    Resource changed = current.changedTo(fields);
    return audit.updated(caller, EntityType.RESOURCE, resourceId, c, () -> catalogue.save(changed));
  }

  /** Soft delete: past recommendations keep their subject. */
  public void delete(Caller caller, ResourceType type, UUID resourceId) {
    caller.requireAdmin();
    get(caller, type, resourceId);
    audit.deleted(
        caller,
        EntityType.RESOURCE,
        resourceId,
        () -> {
          if (!catalogue.delete(caller.orgId(), resourceId)) {
            throw new NotFoundException(type.wireName(), resourceId);
          }
        });
  }

  /**
   * Refuses what {@code r} cannot become; its website is held to {@link WebAddress} unless it is
   * {@code keptWebsite}, what the entry already had (one saved before the rule stays until
   * changed).
   */
  private static void validate(NewResource r, String keptWebsite) {
    FieldErrors errors =
        new FieldErrors()
            .required("name", r.name())
            .length("name", r.name() == null ? null : r.name().strip(), 1, 300)
            .length("category", r.category(), 0, 100)
            .length("description", r.description(), 0, 20000)
            .length("address", r.address(), 0, 1000)
            .length("city", r.city(), 0, 200)
            .length("website", r.website(), 0, 2000)
            .length("phone", r.phone(), 0, 50)
            .length("email", r.email(), 0, 320)
            .length("notes", r.notes(), 0, 20000)
            .range("price_level", r.priceLevel(), 1, 4)
            .range("rating", r.rating(), 0, 5);
    if (r.website() != null
        && !r.website().isBlank()
        && !sameAddress(r.website(), keptWebsite)
        && !WebAddress.isWebPage(r.website())) {
      errors.add("website", WebAddress.EXPECTATION);
    }
    if (r.rating() != null && r.rating().scale() > 1) {
      errors.add("rating", "must have at most one decimal");
    }
    if (r.tags() != null
        && r.tags().stream().anyMatch(tag -> tag == null || tag.isBlank() || tag.length() > 100)) {
      errors.add("tags", "must be non-blank strings of at most 100 characters");
    }
    errors.throwIfAny();
  }

  /** A form sends a field without the spaces around it: the kept address is still the same one. */
  private static boolean sameAddress(String website, String keptWebsite) {
    return keptWebsite != null && website.strip().equals(keptWebsite.strip());
  }
}
