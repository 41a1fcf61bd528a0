package dev.concierge.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.Project;
import dev.concierge.core.testing.InMemoryCatalogueStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryProjectStore;
import dev.concierge.core.testing.RecordingAuditStore;
import dev.concierge.core.testing.TestClients;
import dev.concierge.core.testing.TickingClock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules of recommendations over in-memory stores. */
class RecommendationsTest {
  private static final PageRequest ALL = new PageRequest(0, 50);

  private final UUID org = UUID.randomUUID();
  private final Caller concierge = Caller.apiKey(UUID.randomUUID(), org, "desk", ApiRole.CONCIERGE);
  private final TickingClock clock = TickingClock.fromNow();
  private final InMemoryCatalogueStore catalogue = new InMemoryCatalogueStore(clock);
  private final InMemoryPersonStore persons = new InMemoryPersonStore(clock);
  private final InMemoryProjectStore projects = new InMemoryProjectStore(clock);
  private final List<AuditEntry> audited = new ArrayList<>();
  private final Recommendations recommendations =
      new Recommendations(
          catalogue,
          persons,
          projects,
          new AuditTrail(new RecordingAuditStore(audited::add), Supplier::get));
  private final UUID client = TestClients.in(persons, org);

  @Test
  void a_recommendation_through_the_api_is_suggested_unless_it_says_and_is_audited() {
    Resource venue = entry(org, "The Modern");

    Recommendation made =
        recommendations.create(concierge, client, recommend(null, venue.resourceId(), null));

    assertThat(made.status()).isEqualTo(RecommendationStatus.SUGGESTED);
    assertThat(made.createdBy()).isEqualTo(Recommendations.CREATED_BY_API);
    assertThat(made.displayName()).isEqualTo("The Modern");
    assertThat(recommendations.list(concierge, client, ALL).items()).containsExactly(made);
    assertThat(audited)
        .singleElement()
        .satisfies(entry -> assertThat(entry.fields()).containsExactly("resource_id"));
  }

  @Test
  void a_recommendation_names_a_catalogue_entry_of_the_organization_or_has_a_title() {
    Resource theirs = entry(UUID.randomUUID(), "Elsewhere");
    Resource deleted = entry(org, "Closed");
    catalogue.delete(org, deleted.resourceId());

    for (NewRecommendation refused :
        List.of(
            recommend(null, null, null),
            recommend(null, theirs.resourceId(), null),
            recommend(null, deleted.resourceId(), null))) {
      assertThatThrownBy(() -> recommendations.create(concierge, client, refused))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors())
                      .extracting(FieldError::field)
                      .containsExactly("resource_id"));
    }
    assertThat(recommendations.create(concierge, client, recommend(null, null, "Sunset sail")))
        .extracting(Recommendation::displayName)
        .isEqualTo("Sunset sail");
  }

  @Test
  void a_recommendation_within_a_project_must_be_within_one_of_that_persons_projects() {
    UUID sibling = TestClients.in(persons, org);
    Project own = project(client);
    Project someoneElses = project(sibling);

    Recommendation within =
        recommendations.create(concierge, client, recommend(own.projectId(), null, "Cake"));

    assertThat(within.projectId()).isEqualTo(own.projectId());
    assertThatThrownBy(
            () ->
                recommendations.create(
                    concierge, client, recommend(someoneElses.projectId(), null, "Cake")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("project_id"));
    assertThatThrownBy(
            () ->
                recommendations.update(
                    concierge,
                    within.recommendationId(),
                    Changes.recommendation(
                        FieldChange.to(someoneElses.projectId()),
                        FieldChange.unchanged(),
                        FieldChange.unchanged())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void a_person_of_another_organization_has_no_recommendations_to_read_or_make() {
    UUID elsewhere = TestClients.in(persons, UUID.randomUUID());

    assertThatThrownBy(() -> recommendations.list(concierge, elsewhere, ALL))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> recommendations.create(concierge, elsewhere, recommend(null, null, "Hi")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void an_update_changes_the_status_but_never_clears_it() {
    Recommendation idea =
        recommendations.create(concierge, client, recommend(null, null, "Sunset sail"));

    Recommendation booked = changeStatus(idea, RecommendationStatus.BOOKED);

    assertThat(booked.status()).isEqualTo(RecommendationStatus.BOOKED);
    assertThat(booked.title()).isEqualTo("Sunset sail");
    assertThatThrownBy(
            () ->
                recommendations.update(
                    concierge,
                    idea.recommendationId(),
                    Changes.recommendation(
                        FieldChange.unchanged(), FieldChange.unchanged(), FieldChange.to(null))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("status"));
  }

  @Test
  void a_recommendation_whose_entry_was_deleted_still_changes_status_but_cannot_be_moved_to_it() {
    Resource closing = entry(org, "Closing Soon");
    Recommendation made =
        recommendations.create(concierge, client, recommend(null, closing.resourceId(), null));
    Recommendation idea =
        recommendations.create(concierge, client, recommend(null, null, "Sunset sail"));
    catalogue.delete(org, closing.resourceId());

    Recommendation booked = changeStatus(made, RecommendationStatus.BOOKED);

    assertThat(booked.status()).isEqualTo(RecommendationStatus.BOOKED);
    assertThat(booked.displayName()).isEqualTo("Closing Soon");
    assertThat(booked.inCatalogue()).isFalse();
    assertThatThrownBy(
            () ->
                recommendations.update(
                    concierge,
                    idea.recommendationId(),
                    Changes.recommendation(
                        FieldChange.unchanged(),
                        FieldChange.to(closing.resourceId()),
                        FieldChange.unchanged())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("resource_id"));
  }

  @Test
  void a_deleted_recommendation_is_gone_and_an_analyst_may_only_read() {
    Caller analyst = Caller.apiKey(UUID.randomUUID(), org, "reports", ApiRole.ANALYST);
    Recommendation idea =
        recommendations.create(concierge, client, recommend(null, null, "Sunset sail"));

    assertThat(recommendations.get(analyst, idea.recommendationId())).isEqualTo(idea);
    assertThatThrownBy(() -> recommendations.delete(analyst, idea.recommendationId()))
        .isInstanceOf(ForbiddenException.class);
    recommendations.delete(concierge, idea.recommendationId());

    assertThatThrownBy(() -> recommendations.get(concierge, idea.recommendationId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> recommendations.delete(concierge, idea.recommendationId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(audited)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
  }

  private Recommendation changeStatus(Recommendation r, RecommendationStatus status) {
    return recommendations.update(
        concierge,
        r.recommendationId(),
        Changes.recommendation(
            FieldChange.unchanged(), FieldChange.unchanged(), FieldChange.to(status)));
  }

  private Resource entry(UUID orgId, String name) {
    return catalogue.save(Resource.of(orgId, ResourceType.VENUE, NewResource.named(name)));
  }

  private Project project(UUID personId) {
    return projects.save(
        Project.of(org, new NewProject(personId, "Party", null, null, null, null, null, null)));
  }

  private static NewRecommendation recommend(UUID projectId, UUID resourceId, String title) {
    return new NewRecommendation(projectId, resourceId, title, null, null, null);
  }
}
