package dev.concierge.persistence;

import dev.concierge.core.catalogue.CatalogueStore;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.RecommendationStatus;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The vetted catalogue (one resources table, soft delete) and recommendations, which are read with
 * their catalogue entry's name and type. Thread-safe.
 */
public final class JdbiCatalogueRepository implements CatalogueStore {
  private static final String RESOURCE_COLUMNS =
      """
      resource_id, org_id, resource_type, name, category, description, address, city, website,
      phone, email, price_level, rating, tags, is_vetted, vetted_at, notes, attributes_jsonb,
      created_at, updated_at
      """;
  private static final String RECOMMENDATION_COLUMNS =
      """
      r.recommendation_id, r.org_id, r.person_id, r.project_id, r.resource_id,
      res.name as resource_name, res.resource_type, r.title, r.notes, r.status, r.created_by,
      r.metadata_jsonb, r.created_at, r.updated_at
      """;
  private static final String RECOMMENDATION_FROM =
      "from recommendations r left join resources res on res.resource_id = r.resource_id"
          + " where r.org_id = :orgId";

  private final Jdbi jdbi;

  public JdbiCatalogueRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Resource> loadResource(UUID orgId, UUID resourceId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + RESOURCE_COLUMNS
                        + " from resources where org_id = :orgId and resource_id = :id"
                        + " and deleted_at is null")
                .bind("orgId", orgId)
                .bind("id", resourceId)
                .map((rs, ctx) -> resource(rs))
                .findOne());
  }

  @Override
  public Page<Resource> listResources(
      UUID orgId, ResourceType type, ResourceQuery query, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    binds.put("type", type.wireName());
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
                (rs, ctx) -> resource(rs),
                page));
  }

  @Override
  public Resource saveResource(Resource r) {
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
                            values (:id, :orgId, :type, :name, :category, :description, :address,
                              :city, :website, :phone, :email, cast(:priceLevel as smallint),
                              cast(:rating as numeric), :tags, :vetted,
                              case when :vetted then now() end, :notes,
                              cast(:attributes as jsonb))
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
                        .bind("id", r.resourceId())
                        .bind("orgId", r.orgId())
                        .bind("type", r.resourceType().wireName())
                        .bind("name", r.name())
                        .bind("category", r.category())
                        .bind("description", r.description())
                        .bind("address", r.address())
                        .bind("city", r.city())
                        .bind("website", r.website())
                        .bind("phone", r.phone())
                        .bind("email", r.email())
                        .bind("priceLevel", r.priceLevel())
                        .bind("rating", r.rating())
                        .bindArray("tags", String.class, r.tags())
                        .bind("vetted", r.vetted())
                        .bind("notes", r.notes())
                        .bind("attributes", JsonColumns.write(r.attributes()))
                        .map((rs, ctx) -> resource(rs))
                        .findOne()
                        .orElseThrow(
                            () -> new NotFoundException("catalogue entry", r.resourceId()))));
  }

  @Override
  public boolean deleteResource(UUID orgId, UUID resourceId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "update resources set deleted_at = now() where org_id = :orgId"
                            + " and resource_id = :id and deleted_at is null")
                    .bind("orgId", orgId)
                    .bind("id", resourceId)
                    .execute())
        == 1;
  }

  @Override
  public Optional<Recommendation> loadRecommendation(UUID orgId, UUID recommendationId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + RECOMMENDATION_COLUMNS
                        + RECOMMENDATION_FROM
                        + " and r.recommendation_id = :id")
                .bind("orgId", orgId)
                .bind("id", recommendationId)
                .map((rs, ctx) -> recommendation(rs))
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
                (rs, ctx) -> recommendation(rs),
                page));
  }

  @Override
  public Recommendation saveRecommendation(Recommendation r) {
    SqlErrors.translate(
        "That recommendation already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createUpdate(
                            """
                            insert into recommendations (recommendation_id, org_id, person_id,
                              project_id, resource_id, title, notes, status, created_by,
                              metadata_jsonb)
                            values (:id, :orgId, :personId, cast(:projectId as uuid),
                              cast(:resourceId as uuid), :title, :notes, :status, :createdBy,
                              cast(:metadata as jsonb))
                            on conflict (recommendation_id) do update set
                              project_id = excluded.project_id,
                              resource_id = excluded.resource_id, title = excluded.title,
                              notes = excluded.notes, status = excluded.status,
                              metadata_jsonb = excluded.metadata_jsonb
                            where recommendations.org_id = excluded.org_id
                            """)
                        .bind("id", r.recommendationId())
                        .bind("orgId", r.orgId())
                        .bind("personId", r.personId())
                        .bind("projectId", r.projectId())
                        .bind("resourceId", r.resourceId())
                        .bind("title", r.title())
                        .bind("notes", r.notes())
                        .bind("status", r.status().wireName())
                        .bind("createdBy", r.createdBy())
                        .bind("metadata", JsonColumns.write(r.metadata()))
                        .execute()));
    return loadRecommendation(r.orgId(), r.recommendationId())
        .orElseThrow(() -> new NotFoundException("recommendation", r.recommendationId()));
  }

  @Override
  public boolean deleteRecommendation(UUID orgId, UUID recommendationId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "delete from recommendations where org_id = :orgId"
                            + " and recommendation_id = :id")
                    .bind("orgId", orgId)
                    .bind("id", recommendationId)
                    .execute())
        == 1;
  }

  private static Resource resource(ResultSet rs) throws SQLException {
    Array tags = rs.getArray("tags");
    Object price = rs.getObject("price_level");
    return new Resource(
        Columns.uuid(rs, "resource_id"),
        Columns.uuid(rs, "org_id"),
        ResourceType.fromWireName(rs.getString("resource_type")).orElseThrow(),
        rs.getString("name"),
        rs.getString("category"),
        rs.getString("description"),
        rs.getString("address"),
        rs.getString("city"),
        rs.getString("website"),
        rs.getString("phone"),
        rs.getString("email"),
        price == null ? null : ((Number) price).intValue(),
        rs.getBigDecimal("rating"),
        tags == null ? List.of() : List.of((String[]) tags.getArray()),
        rs.getBoolean("is_vetted"),
        Columns.instant(rs, "vetted_at"),
        rs.getString("notes"),
        JsonColumns.read(rs.getString("attributes_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }

  private static Recommendation recommendation(ResultSet rs) throws SQLException {
    String type = rs.getString("resource_type");
    return new Recommendation(
        Columns.uuid(rs, "recommendation_id"),
        Columns.uuid(rs, "org_id"),
        Columns.uuid(rs, "person_id"),
        Columns.uuid(rs, "project_id"),
        Columns.uuid(rs, "resource_id"),
        rs.getString("resource_name"),
        type == null ? null : ResourceType.fromWireName(type).orElseThrow(),
        rs.getString("title"),
        rs.getString("notes"),
        RecommendationStatus.fromWireName(rs.getString("status")).orElseThrow(),
        rs.getString("created_by"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
