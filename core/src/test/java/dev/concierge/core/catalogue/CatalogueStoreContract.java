package dev.concierge.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.Entries;
import dev.concierge.core.testing.StoreContract;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CatalogueStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class CatalogueStoreContract extends StoreContract<CatalogueStore> {
  private static final PageRequest ALL = new PageRequest(0, 50);

  @Test
  void a_saved_entry_is_found_with_every_field_and_its_times() {
    Resource saved =
        store.save(
            Resource.of(
                org,
                ResourceType.RESTAURANT,
                new NewResource(
                    "Le Bernardin",
                    "French",
                    "Seafood",
                    "155 W 51st St",
                    "New York",
                    "https://le-bernardin.com",
                    "+1 212 554 1515",
                    "info@le-bernardin.com",
                    4,
                    new BigDecimal("4.5"),
                    List.of("seafood", "michelin"),
                    true,
                    "Ask for Ben",
                    Metadata.of(Map.of("cuisine", "french")))));

    Resource found = store.find(org, saved.resourceId()).orElseThrow();

    assertThat(found).isEqualTo(saved);
    assertThat(found.resourceType()).isEqualTo(ResourceType.RESTAURANT);
    assertThat(found.name()).isEqualTo("Le Bernardin");
    assertThat(found.category()).isEqualTo("French");
    assertThat(found.description()).isEqualTo("Seafood");
    assertThat(found.address()).isEqualTo("155 W 51st St");
    assertThat(found.city()).isEqualTo("New York");
    assertThat(found.website()).isEqualTo("https://le-bernardin.com");
    assertThat(found.phone()).isEqualTo("+1 212 554 1515");
    assertThat(found.email()).isEqualTo("info@le-bernardin.com");
    assertThat(found.priceLevel()).isEqualTo(4);
    assertThat(found.rating()).isEqualByComparingTo("4.5");
    assertThat(found.tags()).containsExactly("seafood", "michelin");
    assertThat(found.vetted()).isTrue();
    assertThat(found.vettedAt()).isNotNull();
    assertThat(found.notes()).isEqualTo("Ask for Ben");
    assertThat(found.attributes().values()).containsEntry("cuisine", "french");
    assertThat(found.createdAt()).isNotNull();
  }

  @Test
  void an_entry_without_optional_fields_has_no_tags_price_or_rating() {
    Resource saved = store.save(entry(org, ResourceType.VENDOR, "bloom florists", List.of()));

    Resource found = store.find(org, saved.resourceId()).orElseThrow();

    assertThat(found.tags()).isEmpty();
    assertThat(found.priceLevel()).isNull();
    assertThat(found.rating()).isNull();
    assertThat(found.vetted()).isFalse();
    assertThat(found.vettedAt()).isNull();
  }

  @Test
  void vetting_an_entry_stamps_it_once_and_unvetting_it_clears_the_stamp() {
    Resource entry = store.save(entry(org, ResourceType.VENUE, "the modern", List.of()));

    Resource vetted = store.save(entry.changedTo(fields(entry, true, "the modern")));
    Resource renamed = store.save(vetted.changedTo(fields(vetted, true, "the modern bar")));
    Resource unvetted = store.save(renamed.changedTo(fields(renamed, false, "the modern bar")));

    assertThat(vetted.vettedAt()).isNotNull();
    assertThat(renamed.vettedAt()).isEqualTo(vetted.vettedAt());
    assertThat(renamed.name()).isEqualTo("the modern bar");
    assertThat(unvetted.vettedAt()).isNull();
    assertThat(unvetted.createdAt()).isEqualTo(entry.createdAt());
  }

  @Test
  void a_list_holds_one_type_matching_every_filter_by_name_and_paged_with_its_total() {
    store.save(entry(org, ResourceType.RESTAURANT, "le bernardin", "New York", "seafood"));
    store.save(entry(org, ResourceType.RESTAURANT, "bernardaud cafe", "Paris", "cafe"));
    store.save(entry(org, ResourceType.RESTAURANT, "carbone", "new york", "italian"));
    store.save(entry(org, ResourceType.RESTAURANT, "100%_real", "new york", "italian"));
    store.save(entry(org, ResourceType.VENDOR, "bloom florists", "New York", "seafood"));
    UUID other = newOrganization();
    store.save(entry(other, ResourceType.RESTAURANT, "abc elsewhere", "New York", "seafood"));

    assertThat(names(ResourceType.RESTAURANT, ResourceQuery.ALL))
        .containsExactly("100%_real", "bernardaud cafe", "carbone", "le bernardin");
    assertThat(names(ResourceType.RESTAURANT, new ResourceQuery("NEW YORK", null, null)))
        .containsExactly("100%_real", "carbone", "le bernardin");
    assertThat(names(ResourceType.RESTAURANT, new ResourceQuery(null, "seafood", null)))
        .containsExactly("le bernardin");
    assertThat(names(ResourceType.RESTAURANT, new ResourceQuery(null, null, "BERNARD")))
        .containsExactly("bernardaud cafe", "le bernardin");
    assertThat(names(ResourceType.RESTAURANT, new ResourceQuery(null, null, "%_")))
        .containsExactly("100%_real");
    assertThat(names(ResourceType.RESTAURANT, new ResourceQuery("new york", "italian", "carb")))
        .containsExactly("carbone");
    Page<Resource> page =
        store.list(org, ResourceType.RESTAURANT, ResourceQuery.ALL, new PageRequest(1, 2));
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items())
        .extracting(Resource::name)
        .containsExactly("bernardaud cafe", "carbone");
  }

  @Test
  void a_deleted_entry_is_gone_from_find_list_and_saves() {
    Resource entry = store.save(entry(org, ResourceType.VENUE, "the modern", List.of()));

    assertThat(store.delete(org, entry.resourceId())).isTrue();

    assertThat(store.delete(org, entry.resourceId())).isFalse();
    assertThat(store.find(org, entry.resourceId())).isEmpty();
    assertThat(store.list(org, ResourceType.VENUE, ResourceQuery.ALL, ALL).items()).isEmpty();
    assertThatThrownBy(() -> store.save(entry)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void another_organizations_entry_is_neither_found_deleted_nor_overwritten() {
    UUID other = newOrganization();
    Resource theirs = store.save(entry(other, ResourceType.VENUE, "theirs", List.of()));

    assertThat(store.find(org, theirs.resourceId())).isEmpty();
    assertThat(store.delete(org, theirs.resourceId())).isFalse();
    assertThatThrownBy(
            () ->
                store.save(
                    new Resource(
                        theirs.resourceId(),
                        org,
                        ResourceType.VENUE,
                        "taken over",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.find(other, theirs.resourceId()).orElseThrow().name()).isEqualTo("theirs");
  }

  @Test
  void
      a_recommendation_is_read_with_its_entrys_name_and_type_which_survive_the_entrys_deletion_out_of_the_catalogue() {
    Resource venue = store.save(entry(org, ResourceType.VENUE, "the modern", List.of()));
    Recommendation saved =
        store.saveRecommendation(
            Recommendation.of(
                org,
                client,
                new NewRecommendation(
                    null,
                    venue.resourceId(),
                    null,
                    "Book the terrace",
                    RecommendationStatus.ACCEPTED,
                    Metadata.of(Map.of("party", 6))),
                "staff"));

    assertThat(saved.resourceName()).isEqualTo("the modern");
    assertThat(saved.resourceType()).isEqualTo(ResourceType.VENUE);
    assertThat(saved.inCatalogue()).isTrue();
    assertThat(saved.notes()).isEqualTo("Book the terrace");
    assertThat(saved.status()).isEqualTo(RecommendationStatus.ACCEPTED);
    assertThat(saved.createdBy()).isEqualTo("staff");
    assertThat(saved.metadata().values()).containsEntry("party", 6);
    assertThat(saved.createdAt()).isNotNull();
    assertThat(store.findRecommendation(org, saved.recommendationId())).contains(saved);
    store.delete(org, venue.resourceId());
    Recommendation afterwards =
        store.findRecommendation(org, saved.recommendationId()).orElseThrow();
    assertThat(afterwards.resourceName()).isEqualTo("the modern");
    assertThat(afterwards.resourceType()).isEqualTo(ResourceType.VENUE);
    assertThat(afterwards.inCatalogue()).isFalse();
    assertThat(store.listRecommendations(org, client, ALL).items()).containsExactly(afterwards);
    assertThat(store.saveRecommendation(afterwards).inCatalogue()).isFalse();
  }

  @Test
  void a_free_form_recommendation_has_its_title_and_no_entry() {
    Recommendation idea = store.saveRecommendation(idea(org, client, "Sunset sail"));

    assertThat(idea.title()).isEqualTo("Sunset sail");
    assertThat(idea.resourceName()).isNull();
    assertThat(idea.resourceType()).isNull();
    assertThat(idea.inCatalogue()).isFalse();
    assertThat(idea.displayName()).isEqualTo("Sunset sail");
  }

  @Test
  void changing_a_recommendations_entry_reads_the_new_entrys_name() {
    Resource first = store.save(entry(org, ResourceType.VENUE, "the modern", List.of()));
    Resource second = store.save(entry(org, ResourceType.RESTAURANT, "carbone", List.of()));
    Recommendation saved =
        store.saveRecommendation(
            Recommendation.of(
                org,
                client,
                new NewRecommendation(null, first.resourceId(), null, null, null, null),
                "api"));

    Recommendation moved =
        store.saveRecommendation(
            saved.changedBy(
                Changes.recommendation(
                    FieldChange.unchanged(),
                    FieldChange.to(second.resourceId()),
                    FieldChange.to(RecommendationStatus.BOOKED))));

    assertThat(moved.resourceName()).isEqualTo("carbone");
    assertThat(moved.resourceType()).isEqualTo(ResourceType.RESTAURANT);
    assertThat(moved.status()).isEqualTo(RecommendationStatus.BOOKED);
    assertThat(moved.createdAt()).isEqualTo(saved.createdAt());
  }

  @Test
  void a_recommendation_of_an_entry_that_is_not_there_is_refused_naming_resource_id() {
    UUID other = newOrganization();
    Resource theirs = store.save(entry(other, ResourceType.VENUE, "theirs", List.of()));

    for (UUID missing : List.of(UUID.randomUUID(), theirs.resourceId())) {
      assertThatThrownBy(
              () ->
                  store.saveRecommendation(
                      Recommendation.of(
                          org,
                          client,
                          new NewRecommendation(null, missing, null, null, null, null),
                          "api")))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.errors().get(0).field()).isEqualTo("resource_id"));
    }
    assertThat(store.listRecommendations(org, client, ALL).items()).isEmpty();
  }

  @Test
  void a_persons_recommendations_are_newest_first_and_paged_with_their_total() {
    Recommendation first = store.saveRecommendation(idea(org, client, "First"));
    Recommendation second = store.saveRecommendation(idea(org, client, "Second"));
    Recommendation third = store.saveRecommendation(idea(org, client, "Third"));
    store.saveRecommendation(idea(org, newPerson(org), "Someone else's"));

    Page<Recommendation> page = store.listRecommendations(org, client, new PageRequest(1, 5));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).containsExactly(second, first);
    assertThat(store.listRecommendations(org, client, new PageRequest(0, 1)).items())
        .containsExactly(third);
  }

  @Test
  void another_organizations_recommendation_is_neither_found_deleted_nor_overwritten() {
    UUID other = newOrganization();
    Recommendation theirs = store.saveRecommendation(idea(other, newPerson(other), "Theirs"));

    assertThat(store.findRecommendation(org, theirs.recommendationId())).isEmpty();
    assertThat(store.deleteRecommendation(org, theirs.recommendationId())).isFalse();
    assertThatThrownBy(
            () ->
                store.saveRecommendation(
                    new Recommendation(
                        theirs.recommendationId(),
                        org,
                        client,
                        null,
                        null,
                        null,
                        null,
                        false,
                        "Taken over",
                        null,
                        RecommendationStatus.SUGGESTED,
                        "api",
                        null,
                        null,
                        null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.findRecommendation(other, theirs.recommendationId())).isPresent();
  }

  @Test
  void a_deleted_recommendation_is_gone() {
    Recommendation idea = store.saveRecommendation(idea(org, client, "Sunset sail"));

    assertThat(store.deleteRecommendation(org, idea.recommendationId())).isTrue();

    assertThat(store.deleteRecommendation(org, idea.recommendationId())).isFalse();
    assertThat(store.findRecommendation(org, idea.recommendationId())).isEmpty();
    assertThat(store.listRecommendations(org, client, ALL).items()).isEmpty();
  }

  private List<String> names(ResourceType type, ResourceQuery query) {
    return store.list(org, type, query, ALL).items().stream().map(Resource::name).toList();
  }

  private static Resource entry(UUID orgId, ResourceType type, String name, List<String> tags) {
    return Resource.of(orgId, type, Entries.withTags(name, tags));
  }

  private static Resource entry(
      UUID orgId, ResourceType type, String name, String city, String tag) {
    return Resource.of(
        orgId,
        type,
        new NewResource(
            name,
            null,
            null,
            null,
            city,
            null,
            null,
            null,
            null,
            null,
            List.of(tag),
            true,
            null,
            null));
  }

  /** The entry's fields, vetted or not and named as given. */
  private static NewResource fields(Resource entry, boolean vetted, String name) {
    return new NewResource(
        name,
        entry.category(),
        entry.description(),
        entry.address(),
        entry.city(),
        entry.website(),
        entry.phone(),
        entry.email(),
        entry.priceLevel(),
        entry.rating(),
        entry.tags(),
        vetted,
        entry.notes(),
        entry.attributes());
  }

  private static Recommendation idea(UUID orgId, UUID personId, String title) {
    return Recommendation.of(
        orgId, personId, new NewRecommendation(null, null, title, null, null, null), "api");
  }
}
