package dev.concierge.persistence;

import dev.concierge.core.catalogue.CatalogueStore;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The vetted catalogue (one resources table, soft delete) and recommendations, which are read with
 * their catalogue entry's name and type. Thread-safe.
 */
public final class JdbiCatalogueStore implements CatalogueStore {
  private static final String RESOURCE_COLUMNS =
      """
      resource_id, org_id, resource_type, name, category, description, address, city, website,
      phone, email, price_level, rating, tags, is_vetted as vetted, vetted_at, notes,
      attributes_jsonb as attributes, created_at, updated_at
      """;
  private static final String RECOMMENDATION_COLUMNS =
      """
      r.recommendation_id, r.org_id, r.person_id, r.project_id, r.resource_id,
      res.name as resource_name, res.resource_type,
      res.resource_id is not null and res.deleted_at is null as in_catalogue,
      r.title, r.notes, r.status, r.created_by,
      r.metadata_jsonb as metadata, r.created_at, r.updated_at
      """;
  private static final String RECOMMENDATION_FROM =
      "from recommendations r left join resources res on res.resource_id = r.resource_id"
          + " where r.org_id = :orgId";
  private static final RowMapper<Resource> RESOURCE = ConstructorMapper.of(Resource.class);
  private static final RowMapper<Recommendation> RECOMMENDATION =
      ConstructorMapper.of(Recommendation.class);

  private final Jdbi jdbi;

  public JdbiCatalogueStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Resource> find(UUID orgId, UUID resourceId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + RESOURCE_COLUMNS
                        + " from resources where org_id = :orgId and resource_id = :resourceId"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("resourceId", resourceId)
                .map(RESOURCE)
                .findOne());
  }

  @Override
  public Page<Resource> list(UUID orgId, ResourceType type, ResourceQuery query, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    binds.put("type", type);
    StringBuilder where =
        new StringBuilder(
            "from resources where org_id = :orgId and resource_type = :type"
                + " and deleted_at is null");
    if (query.city() != null) {
      where.append(" and lower(city) = lower(:city)");
      binds.put("city", query.city());
    }
    if (query.tag() != null) {
      where.append(" and :tag = any(tags)");
      binds.put("tag", query.tag());
    }
    if (query.nameContains() != null) {
      where.append(" and name ilike :q escape '\\'");
      binds.put(
          "q",
          "%"
              + query.nameContains().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
              + "%");
    }
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                RESOURCE_COLUMNS,
                where.toString(),
                "name, resource_id",
                binds,
                RESOURCE,
                page));
  }

  @Override
  public Resource save(Resource resource) {
    return SqlErrors.translate(
        "That catalogue entry already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into resources (resource_id, org_id, resource_type, name,
                              category, description, address, city, website, phone, email,
                              price_level, rating, tags, is_vetted, vetted_at, notes,
                              attributes_jsonb)
                            values (:resourceId, :orgId, :resourceType, :name, :category,
                              :description, :address, :city, :website, :phone, :email,
                              :priceLevel, :rating, :tags, :vetted,
                              case when :vetted then now() end, :notes, :attributes)
                            on conflict (resource_id) do update set
                              name = excluded.name, category = excluded.category,
                              description = excluded.description, address = excluded.address,
                              city = excluded.city, website = excluded.website,
                              phone = excluded.phone, email = excluded.email,
                              price_level = excluded.price_level, rating = excluded.rating,
                              tags = excluded.tags, is_vetted = excluded.is_vetted,
                              vetted_at = case when excluded.is_vetted
                                then coalesce(resources.vetted_at, now()) end,
                              notes = excluded.notes, attributes_jsonb = excluded.attributes_jsonb
                            where resources.org_id = excluded.org_id
                              and resources.deleted_at is null
                            returning
                            """
                                + RESOURCE_COLUMNS)
                        .bindMethods(resource)
                        .bindArray("tags", String.class, resource.tags())
                        .map(RESOURCE)
                        .findOne()
                        .orElseThrow(
                            () ->
                                new NotFoundException("catalogue entry", resource.resourceId()))));
  }

  @Override
  public boolean delete(UUID orgId, UUID resourceId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "update resources set deleted_at = now() where org_id = :orgId"
                            + " and resource_id = :resourceId and deleted_at is null")
                    .bind("orgId", orgId)
                    .bind("resourceId", resourceId)
                    .execute())
        == 1;
  }

  @Override
  public Optional<Recommendation> findRecommendation(UUID orgId, UUID recommendationId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + RECOMMENDATION_COLUMNS
                        + RECOMMENDATION_FROM
                        + " and r.recommendation_id = :recommendationId")
                .bind("orgId", orgId)
                .bind("recommendationId", recommendationId)
                .map(RECOMMENDATION)
                .findOne());
  }

  @Override
  public Page<Recommendation> listRecommendations(UUID orgId, UUID personId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                RECOMMENDATION_COLUMNS,
                RECOMMENDATION_FROM + " and r.person_id = :personId",
                "r.created_at desc, r.recommendation_id",
                Map.of("orgId", orgId, "personId", personId),
                RECOMMENDATION,
                page));
  }

  /** One statement: the write, and the read of what it names in the catalogue. */
  @Override
  public Recommendation saveRecommendation(Recommendation recommendation) {
    return SqlErrors.translate(
        "That recommendation already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            with r as (
                              insert into recommendations (recommendation_id, org_id, person_id,
                                project_id, resource_id, title, notes, status, created_by,
                                metadata_jsonb)
                              values (:recommendationId, :orgId, :personId,
                                :projectId, :resourceId, :title,
                                :notes, :status, :createdBy, :metadata)
                              on conflict (recommendation_id) do update set
                                project_id = excluded.project_id,
                                resource_id = excluded.resource_id, title = excluded.title,
                                notes = excluded.notes, status = excluded.status,
                                metadata_jsonb = excluded.metadata_jsonb
                              where recommendations.org_id = excluded.org_id
                              returning *)
                            select
                            """
                                + RECOMMENDATION_COLUMNS
                                + " from r left join resources res"
                                + " on res.resource_id = r.resource_id")
                        .bindMethods(recommendation)
                        .map(RECOMMENDATION)
                        .findOne()
                        .orElseThrow(
                            () ->
                                new NotFoundException(
                                    "recommendation", recommendation.recommendationId()))));
  }

  @Override
  public boolean deleteRecommendation(UUID orgId, UUID recommendationId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "delete from recommendations where org_id = :orgId"
                            + " and recommendation_id = :recommendationId")
                    .bind("orgId", orgId)
                    .bind("recommendationId", recommendationId)
                    .execute())
        == 1;
  }
}
