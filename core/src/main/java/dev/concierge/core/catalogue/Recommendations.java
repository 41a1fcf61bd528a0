package dev.concierge.core.catalogue;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStore;
import java.util.UUID;

/**
 * Use cases of recommendations: they belong to a person, optionally within one of that person's
 * projects (the spec's known issue, fixed), and name a catalogue entry or a free-form title.
 */
public final class Recommendations {
  /** {@code created_by} of recommendations made through the API. */
  public static final String CREATED_BY_API = "api";

  private final CatalogueStore load;
  private final CatalogueStore list;
  private final CatalogueStore save;
  private final CatalogueStore delete;
  private final PersonStore persons;
  private final ProjectStore projects;
  private final CatalogueStore resources;
  private final AuditTrail audit;

  public Recommendations(
      CatalogueStore load,
      CatalogueStore list,
      CatalogueStore save,
      CatalogueStore delete,
      PersonStore persons,
      ProjectStore projects,
      CatalogueStore resources,
      AuditTrail audit) {
    this.load = load;
    this.list = list;
    this.save = save;
    this.delete = delete;
    this.persons = persons;
    this.projects = projects;
    this.resources = resources;
    this.audit = audit;
  }

  public Page<Recommendation> list(Caller caller, UUID personId, PageRequest page) {
    requirePerson(caller, personId);
    return list.listRecommendations(caller.orgId(), personId, page);
  }

  public Recommendation get(Caller caller, UUID recommendationId) {
    return load.loadRecommendation(caller.orgId(), recommendationId)
        .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
  }

  public Recommendation create(Caller caller, UUID personId, NewRecommendation input) {
    caller.requireWriter();
    requirePerson(caller, personId);
    Recommendation recommendation =
        new Recommendation(
            UUID.randomUUID(),
            caller.orgId(),
            personId,
            input.projectId(),
            input.resourceId(),
            null,
            null,
            input.title(),
            input.notes(),
            input.status() == null ? RecommendationStatus.SUGGESTED : input.status(),
            CREATED_BY_API,
            input.metadata(),
            null,
            null);
    validate(caller, recommendation);
    return audit.created(
        caller,
        EntityType.RECOMMENDATION,
        input,
        Recommendation::recommendationId,
        () -> save.saveRecommendation(recommendation));
  }

  public Recommendation update(Caller caller, UUID recommendationId, RecommendationChanges c) {
    caller.requireWriter();
    Recommendation current = get(caller, recommendationId);
    RecommendationStatus status = c.status().applyTo(current.status());
    new FieldErrors().required("status", status).throwIfAny();
    Recommendation changed =
        new Recommendation(
            recommendationId,
            caller.orgId(),
            current.personId(),
            c.projectId().applyTo(current.projectId()),
            c.resourceId().applyTo(current.resourceId()),
            null,
            null,
            c.title().applyTo(current.title()),
            c.notes().applyTo(current.notes()),
            status,
            current.createdBy(),
            c.metadata().applyTo(current.metadata()),
            current.createdAt(),
            current.updatedAt());
    validate(caller, changed);
    return audit.updated(
        caller,
        EntityType.RECOMMENDATION,
        recommendationId,
        c,
        () -> save.saveRecommendation(changed));
  }

  public void delete(Caller caller, UUID recommendationId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.RECOMMENDATION,
        recommendationId,
        () -> {
          if (!delete.deleteRecommendation(caller.orgId(), recommendationId)) {
            throw new NotFoundException("recommendation", recommendationId);
          }
        });
  }

  private void validate(Caller caller, Recommendation r) {
    FieldErrors errors =
        new FieldErrors().length("title", r.title(), 1, 300).length("notes", r.notes(), 0, 20000);
    if (r.resourceId() == null && r.title() == null) {
      errors.add("resource_id", "or title is required");
    }
    if (r.resourceId() != null
        && resources.loadResource(caller.orgId(), r.resourceId()).isEmpty()) {
      errors.add("resource_id", "is not a catalogue entry of this organization");
    }
    if (r.projectId() != null) {
      Project project = projects.find(caller.orgId(), r.projectId()).orElse(null);
      if (project == null || !project.personId().equals(r.personId())) {
        errors.add("project_id", "is not a project of this person");
      }
    }
    errors.throwIfAny();
  }

  private void requirePerson(Caller caller, UUID personId) {
    if (persons.find(caller.orgId(), personId).isEmpty()) {
      throw new NotFoundException("person", personId);
    }
  }
}
