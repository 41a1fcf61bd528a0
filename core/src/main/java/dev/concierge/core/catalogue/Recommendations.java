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

  private final CatalogueStore catalogue;
  private final PersonStore persons;
  private final ProjectStore projects;
  private final AuditTrail audit;

  public Recommendations(
      CatalogueStore catalogue, PersonStore persons, ProjectStore projects, AuditTrail audit) {
    this.catalogue = catalogue;
    this.persons = persons;
    this.projects = projects;
    this.audit = audit;
  }

  public Page<Recommendation> list(Caller caller, UUID personId, PageRequest page) {
    requirePerson(caller, personId);
    return catalogue.listRecommendations(caller.orgId(), personId, page);
  }

  public Recommendation get(Caller caller, UUID recommendationId) {
    return catalogue
        .findRecommendation(caller.orgId(), recommendationId)
        .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
  }

  public Recommendation create(Caller caller, UUID personId, NewRecommendation input) {
    caller.requireWriter();
    requirePerson(caller, personId);
    Recommendation recommendation =
        Recommendation.of(caller.orgId(), personId, input, CREATED_BY_API);
    validate(caller, recommendation, null);
    return audit.created(
        caller,
        EntityType.RECOMMENDATION,
        input,
        Recommendation::recommendationId,
        () -> catalogue.saveRecommendation(recommendation));
  }

  public Recommendation update(Caller caller, UUID recommendationId, RecommendationChanges c) {
    caller.requireWriter();
    Recommendation current = get(caller, recommendationId);
    new FieldErrors().required("status", c.status().applyTo(current.status())).throwIfAny();
    Recommendation changed = current.changedBy(c);
    validate(caller, changed, current.resourceId());
    return audit.updated(
        caller,
        EntityType.RECOMMENDATION,
        recommendationId,
        c,
        () -> catalogue.saveRecommendation(changed));
  }

  public void delete(Caller caller, UUID recommendationId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.RECOMMENDATION,
        recommendationId,
        () -> {
          if (!catalogue.deleteRecommendation(caller.orgId(), recommendationId)) {
            throw new NotFoundException("recommendation", recommendationId);
          }
        });
  }

  /**
   * Refuses what {@code r} cannot be; the catalogue entry it names must be live unless it is {@code
   * keptResourceId}, the one it named already (a status still changes once that entry is deleted).
   */
  private void validate(Caller caller, Recommendation r, UUID keptResourceId) {
    FieldErrors errors =
        new FieldErrors().length("title", r.title(), 1, 300).length("notes", r.notes(), 0, 20000);
    if (r.resourceId() == null && r.title() == null) {
      errors.add("resource_id", "or title is required");
    }
    if (r.resourceId() != null
        && !r.resourceId().equals(keptResourceId)
        && catalogue.find(caller.orgId(), r.resourceId()).isEmpty()) {
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
