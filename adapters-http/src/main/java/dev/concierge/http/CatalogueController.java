package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.catalogue.Catalogue;
import dev.concierge.core.catalogue.NewRecommendation;
import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.RecommendationChanges;
import dev.concierge.core.catalogue.Recommendations;
import dev.concierge.core.catalogue.ResourceChanges;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.model.Recommendation;
import dev.concierge.core.model.RecommendationStatus;
import dev.concierge.core.model.Resource;
import dev.concierge.core.model.ResourceType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The vetted catalogue at /api/v1/vendors, /venues, /restaurants and /products (one collection per
 * type), and recommendations under a person and at /api/v1/recommendations.
 */
final class CatalogueController {
  private static final Map<String, ResourceType> COLLECTIONS =
      Map.of(
          "vendors", ResourceType.VENDOR,
          "venues", ResourceType.VENUE,
          "restaurants", ResourceType.RESTAURANT,
          "products", ResourceType.PRODUCT);
  private static final Set<String> RESOURCE_FIELDS =
      Set.of(
          "org_id",
          "name",
          "category",
          "description",
          "address",
          "city",
          "website",
          "phone",
          "email",
          "price_level",
          "rating",
          "tags",
          "is_vetted",
          "notes",
          "attributes_jsonb");
  private static final Set<String> RECOMMENDATION_FIELDS =
      Set.of("org_id", "project_id", "resource_id", "title", "notes", "status", "metadata_jsonb");

  private final Catalogue catalogue;
  private final Recommendations recommendations;
  private final ObjectMapper json;

  CatalogueController(Catalogue catalogue, Recommendations recommendations, ObjectMapper json) {
    this.catalogue = catalogue;
    this.recommendations = recommendations;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    COLLECTIONS.forEach(
        (collection, type) -> {
          String base = "/api/v1/" + collection;
          routes.get(base, ctx -> list(ctx, type));
          routes.post(base, ctx -> create(ctx, type, base));
          routes.get(base + "/{resource_id}", ctx -> get(ctx, type));
          routes.put(base + "/{resource_id}", ctx -> update(ctx, type));
          routes.delete(base + "/{resource_id}", ctx -> delete(ctx, type));
        });
    routes.get("/api/v1/persons/{person_id}/recommendations", this::recommendations);
    routes.post("/api/v1/persons/{person_id}/recommendations", this::recommend);
    routes.get("/api/v1/recommendations/{recommendation_id}", this::recommendation);
    routes.put("/api/v1/recommendations/{recommendation_id}", this::updateRecommendation);
    routes.delete("/api/v1/recommendations/{recommendation_id}", this::deleteRecommendation);
  }

  private void list(Context ctx, ResourceType type) {
    ResourceQuery query =
        new ResourceQuery(
            Params.query(ctx, "city"), Params.query(ctx, "tag"), Params.query(ctx, "q"));
    Responses.page(
        ctx,
        catalogue
            .list(Authentication.caller(ctx), type, query, Params.page(ctx))
            .map(ResourceJson::of));
  }

  private void get(Context ctx, ResourceType type) {
    ctx.json(ResourceJson.of(catalogue.get(Authentication.caller(ctx), type, resourceId(ctx))));
  }

  private void create(Context ctx, ResourceType type, String base) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json, RESOURCE_FIELDS).requireOwnOrganization(caller);
    NewResource resource =
        new NewResource(
            body.string("name"),
            body.string("category"),
            body.string("description"),
            body.string("address"),
            body.string("city"),
            body.string("website"),
            body.string("phone"),
            body.string("email"),
            body.integer("price_level"),
            body.decimal("rating"),
            body.strings("tags"),
            body.bool("is_vetted"),
            body.string("notes"),
            body.object("attributes_jsonb"));
    body.validate();
    Resource created = catalogue.create(caller, type, resource);
    Responses.created(ctx, base + "/" + created.resourceId(), ResourceJson.of(created));
  }

  private void update(Context ctx, ResourceType type) {
    Caller caller = Authentication.caller(ctx);
    UUID id = resourceId(ctx);
    JsonBody body = JsonBody.read(ctx, json, RESOURCE_FIELDS).requireOwnOrganization(caller);
    ResourceChanges changes =
        new ResourceChanges(
            body.change("name", body::string),
            body.change("category", body::string),
            body.change("description", body::string),
            body.change("address", body::string),
            body.change("city", body::string),
            body.change("website", body::string),
            body.change("phone", body::string),
            body.change("email", body::string),
            body.change("price_level", body::integer),
            body.change("rating", body::decimal),
            body.change("tags", body::strings),
            body.change("is_vetted", body::bool),
            body.change("notes", body::string),
            body.change("attributes_jsonb", body::object));
    body.validate();
    ctx.json(ResourceJson.of(catalogue.update(caller, type, id, changes)));
  }

  private void delete(Context ctx, ResourceType type) {
    catalogue.delete(Authentication.caller(ctx), type, resourceId(ctx));
    Responses.deleted(ctx);
  }

  private void recommendations(Context ctx) {
    Responses.page(
        ctx,
        recommendations
            .list(Authentication.caller(ctx), Params.pathUuid(ctx, "person_id"), Params.page(ctx))
            .map(RecommendationJson::of));
  }

  private void recommendation(Context ctx) {
    ctx.json(
        RecommendationJson.of(
            recommendations.get(
                Authentication.caller(ctx), Params.pathUuid(ctx, "recommendation_id"))));
  }

  private void recommend(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    JsonBody body = JsonBody.read(ctx, json, RECOMMENDATION_FIELDS).requireOwnOrganization(caller);
    NewRecommendation recommendation =
        new NewRecommendation(
            body.uuid("project_id"),
            body.uuid("resource_id"),
            body.string("title"),
            body.string("notes"),
            status(body),
            body.object("metadata_jsonb"));
    body.validate();
    Recommendation created = recommendations.create(caller, personId, recommendation);
    Responses.created(
        ctx,
        "/api/v1/recommendations/" + created.recommendationId(),
        RecommendationJson.of(created));
  }

  private void updateRecommendation(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID id = Params.pathUuid(ctx, "recommendation_id");
    JsonBody body = JsonBody.read(ctx, json, RECOMMENDATION_FIELDS).requireOwnOrganization(caller);
    RecommendationChanges changes =
        new RecommendationChanges(
            body.change("project_id", body::uuid),
            body.change("resource_id", body::uuid),
            body.change("title", body::string),
            body.change("notes", body::string),
            body.change("status", f -> status(body)),
            body.change("metadata_jsonb", body::object));
    body.validate();
    ctx.json(RecommendationJson.of(recommendations.update(caller, id, changes)));
  }

  private void deleteRecommendation(Context ctx) {
    recommendations.delete(Authentication.caller(ctx), Params.pathUuid(ctx, "recommendation_id"));
    Responses.deleted(ctx);
  }

  private static UUID resourceId(Context ctx) {
    return Params.pathUuid(ctx, "resource_id");
  }

  private static RecommendationStatus status(JsonBody body) {
    return body.enumeration(
        "status",
        RecommendationStatus::fromWireName,
        RecommendationStatus.values(),
        RecommendationStatus::wireName);
  }
}
