package dev.concierge.core.catalogue;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.UUID;

/**
 * Use cases of the vetted catalogue: vendors, venues, restaurants and products. Everyone reads;
 * only admins change it. Each entry is found only in the collection of its own type.
 */
public final class Catalogue {
  private final CatalogueStore load;
  private final CatalogueStore list;
  private final CatalogueStore save;
  private final CatalogueStore delete;
  private final AuditTrail audit;

  public Catalogue(
      CatalogueStore load,
      CatalogueStore list,
      CatalogueStore save,
      CatalogueStore delete,
      AuditTrail audit) {
    this.load = load;
    this.list = list;
    this.save = save;
    this.delete = delete;
    this.audit = audit;
  }

  public Page<Resource> list(
      Caller caller, ResourceType type, ResourceQuery query, PageRequest page) {
    return list.listResources(caller.orgId(), type, query, page);
  }

  public Resource get(Caller caller, ResourceType type, UUID resourceId) {
    return load.loadResource(caller.orgId(), resourceId)
        .filter(resource -> resource.resourceType() == type)
        .orElseThrow(() -> new NotFoundException(type.wireName(), resourceId));
  }

  public Resource create(Caller caller, ResourceType type, NewResource input) {
    caller.requireAdmin();
    Resource resource =
        new Resource(
            UUID.randomUUID(),
            caller.orgId(),
            type,
            input.name() == null ? "" : input.name().strip(),
            input.category(),
            input.description(),
            input.address(),
            input.city(),
            input.website(),
            input.phone(),
            input.email(),
            input.priceLevel(),
            input.rating(),
            input.tags() == null ? List.of() : input.tags(),
            Boolean.TRUE.equals(input.vetted()),
            null,
            input.notes(),
            input.attributes(),
            null,
            null);
    validate(resource, input.name());
    return audit.created(
        caller,
        EntityType.RESOURCE,
        input,
        Resource::resourceId,
        () -> save.saveResource(resource));
  }

  public Resource update(Caller caller, ResourceType type, UUID resourceId, ResourceChanges c) {
    caller.requireAdmin();
    Resource current = get(caller, type, resourceId);
    String name = c.name().applyTo(current.name());
    Boolean vetted = c.vetted().applyTo(current.vetted());
    new FieldErrors().required("is_vetted", vetted).throwIfAny();
    List<String> tags = c.tags().applyTo(current.tags());
    Resource changed =
        new Resource(
            resourceId,
            caller.orgId(),
            type,
            name == null ? "" : name.strip(),
            c.category().applyTo(current.category()),
            c.description().applyTo(current.description()),
            c.address().applyTo(current.address()),
            c.city().applyTo(current.city()),
            c.website().applyTo(current.website()),
            c.phone().applyTo(current.phone()),
            c.email().applyTo(current.email()),
            c.priceLevel().applyTo(current.priceLevel()),
            c.rating().applyTo(current.rating()),
            tags == null ? List.of() : tags,
            vetted,
            current.vettedAt(),
            c.notes().applyTo(current.notes()),
            c.attributes().applyTo(current.attributes()),
            current.createdAt(),
            current.updatedAt());
    validate(changed, name);
    return audit.updated(
        caller, EntityType.RESOURCE, resourceId, c, () -> save.saveResource(changed));
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
          if (!delete.deleteResource(caller.orgId(), resourceId)) {
            throw new NotFoundException(type.wireName(), resourceId);
          }
        });
  }

  private static void validate(Resource r, String name) {
    FieldErrors errors =
        new FieldErrors()
            .required("name", name)
            .length("name", r.name(), 1, 300)
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
    if (r.rating() != null && r.rating().scale() > 1) {
      errors.add("rating", "must have at most one decimal");
    }
    for (String tag : r.tags()) {
      if (tag.isBlank() || tag.length() > 100) {
        errors.add("tags", "must be non-blank strings of at most 100 characters");
        break;
      }
    }
    errors.throwIfAny();
  }
}
