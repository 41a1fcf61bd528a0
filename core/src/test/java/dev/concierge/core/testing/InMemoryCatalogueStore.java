package dev.concierge.core.testing;

import dev.concierge.core.catalogue.CatalogueStore;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CatalogueStore} in maps, for fast tests of the rules; held to PostgreSQL's by the
 * contract. Names sort by their characters, where PostgreSQL uses the database's collation: tests
 * that depend on the order of names keep to one case. It does not check that the persons and
 * projects a recommendation names exist: the use cases do.
 */
public final class InMemoryCatalogueStore implements CatalogueStore {
  private final Map<UUID, Resource> resources = new ConcurrentHashMap<>();
  private final Set<UUID> deleted = ConcurrentHashMap.newKeySet();
  private final Map<UUID, Recommendation> recommendations = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryCatalogueStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Resource> find(UUID orgId, UUID resourceId) {
    return Optional.ofNullable(resources.get(resourceId))
        .filter(r -> r.orgId().equals(orgId) && !deleted.contains(resourceId));
  }

  @Override
  public Page<Resource> list(UUID orgId, ResourceType type, ResourceQuery query, PageRequest page) {
    return Pages.of(
        resources.values().stream()
            .filter(r -> r.orgId().equals(orgId) && !deleted.contains(r.resourceId()))
            .filter(r -> r.resourceType() == type)
            .filter(r -> query.city() == null || lower(query.city()).equals(lower(r.city())))
            .filter(r -> query.tag() == null || r.tags().contains(query.tag()))
            .filter(
                r ->
                    query.nameContains() == null
                        || lower(r.name()).contains(lower(query.nameContains())))
            .sorted(Comparator.comparing(Resource::name).thenComparing(Resource::resourceId))
            .toList(),
        page);
  }

  @Override
  public synchronized Resource save(Resource resource) {
    Resource existing = resources.get(resource.resourceId());
    if (existing != null
        && (!existing.orgId().equals(resource.orgId())
            || deleted.contains(resource.resourceId()))) {
      throw new NotFoundException("catalogue entry", resource.resourceId());
    }
    Instant now = clock.instant();
    Instant vettedAt = null;
    if (resource.vetted()) {
      vettedAt = existing != null && existing.vettedAt() != null ? existing.vettedAt() : now;
    }
    Resource stored = resource.stored(vettedAt, existing == null ? now : existing.createdAt(), now);
    resources.put(stored.resourceId(), stored);
    return stored;
  }

  @Override
  public boolean delete(UUID orgId, UUID resourceId) {
    return find(orgId, resourceId).isPresent() && deleted.add(resourceId);
  }

  @Override
  public Optional<Recommendation> findRecommendation(UUID orgId, UUID recommendationId) {
    return Optional.ofNullable(recommendations.get(recommendationId))
        .filter(r -> r.orgId().equals(orgId))
        .map(this::withItsEntry);
  }

  @Override
  public Page<Recommendation> listRecommendations(UUID orgId, UUID personId, PageRequest page) {
    return Pages.of(recommendationsOf(orgId, personId), page);
  }

  @Override
  public synchronized Recommendation saveRecommendation(Recommendation recommendation) {
    Recommendation existing = recommendations.get(recommendation.recommendationId());
    if (existing != null && !existing.orgId().equals(recommendation.orgId())) {
      throw new NotFoundException("recommendation", recommendation.recommendationId());
    }
    UUID resourceId = recommendation.resourceId();
    if (resourceId != null
        && (!resources.containsKey(resourceId)
            || !resources.get(resourceId).orgId().equals(recommendation.orgId()))) {
      // as PostgreSQL's foreign key refuses it (a deleted entry is still there)
      throw new ValidationException("resource_id", "does not exist");
    }
    Instant now = clock.instant();
    Recommendation stored =
        recommendation.stored(
            null, null, false, existing == null ? now : existing.createdAt(), now);
    recommendations.put(stored.recommendationId(), stored);
    return withItsEntry(stored);
  }

  @Override
  public boolean deleteRecommendation(UUID orgId, UUID recommendationId) {
    return findRecommendation(orgId, recommendationId)
        .map(r -> recommendations.remove(recommendationId) != null)
        .orElse(false);
  }

  /** A person's recommendations, newest first, with their entries' names and types. */
  public List<Recommendation> recommendationsOf(UUID orgId, UUID personId) {
    return recommendations.values().stream()
        .filter(r -> r.orgId().equals(orgId) && r.personId().equals(personId))
        .sorted(
            Comparator.comparing(Recommendation::createdAt)
                .reversed()
                .thenComparing(Recommendation::recommendationId))
        .map(this::withItsEntry)
        .toList();
  }

  /** With the name and type of the entry it names, deleted or not, as PostgreSQL's join reads. */
  private Recommendation withItsEntry(Recommendation r) {
    Resource entry = r.resourceId() == null ? null : resources.get(r.resourceId());
    return r.stored(
        entry == null ? null : entry.name(),
        entry == null ? null : entry.resourceType(),
        entry != null && !deleted.contains(entry.resourceId()),
        r.createdAt(),
        r.updatedAt());
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
