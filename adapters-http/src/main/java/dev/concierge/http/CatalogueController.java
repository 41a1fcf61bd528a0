package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.catalogue.Catalogue;
import dev.concierge.core.catalogue.NewRecommendation;
import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.RecommendationChanges;
import dev.concierge.core.catalogue.RecommendationStatus;
import dev.concierge.core.catalogue.Recommendations;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceChanges;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.persons.PersonZones;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The vetted catalogue at /api/v1/vendors, /venues, /restaurants and /products (one collection per
 * type), and recommendations under a person and at /api/v1/recommendations.
 */
final class CatalogueController {
  /** One collection per type, its operations named for it: listVendors, getVendor, … */
  private record ResourceCollection(String path, ResourceType type, String one, String many) {}

  private static final List<ResourceCollection> COLLECTIONS =
      List.of(
          new ResourceCollection("vendors", ResourceType.VENDOR, "Vendor", "Vendors"),
          new ResourceCollection("venues", ResourceType.VENUE, "Venue", "Venues"),
          new ResourceCollection(
              "restaurants", ResourceType.RESTAURANT, "Restaurant", "Restaurants"),
          new ResourceCollection("products", ResourceType.PRODUCT, "Product", "Products"));

  private final Catalogue catalogue;
  private final Recommendations recommendations;
  private final PersonZones zones;
  private final ObjectMapper json;

  CatalogueController(
      Catalogue catalogue, Recommendations recommendations, PersonZones zones, ObjectMapper json) {
    this.catalogue = catalogue;
    this.recommendations = recommendations;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (ResourceCollection c : COLLECTIONS) {
      String base = "/api/v1/" + c.path();
      String item = base + "/{resource_id}";
      ResourceType type = c.type();
      operations.add(Operation.get(base, "list" + c.many(), Access.READ, ctx -> list(ctx, type)));
      operations.add(
          Operation.post(base, "create" + c.one(), Access.ADMIN, ctx -> create(ctx, type, base)));
      operations.add(Operation.get(item, "get" + c.one(), Access.READ, ctx -> get(ctx, type)));
      operations.add(
          Operation.put(item, "update" + c.one(), Access.ADMIN, ctx -> update(ctx, type)));
      operations.add(
          Operation.delete(item, "delete" + c.one(), Access.ADMIN, ctx -> delete(ctx, type)));
    }
    String person = "/api/v1/persons/{person_id}/recommendations";
    String recommendation = "/api/v1/recommendations/{recommendation_id}";
    operations.add(
        Operation.get(person, "listRecommendations", Access.READ, this::recommendations));
    operations.add(Operation.post(person, "createRecommendation", Access.WRITE, this::recommend));
    operations.add(
        Operation.get(recommendation, "getRecommendation", Access.READ, this::recommendation));
    operations.add(
        Operation.put(
            recommendation, "updateRecommendation", Access.WRITE, this::updateRecommendation));
    operations.add(
        Operation.delete(
            recommendation, "deleteRecommendation", Access.WRITE, this::deleteRecommendation));
    return List.copyOf(operations);
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
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
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
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
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
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    Page<Recommendation> page = recommendations.list(caller, personId, Params.page(ctx));
    ZoneId zone = zones.ofPerson(caller, personId);
    Responses.page(ctx, page.map(r -> RecommendationJson.of(r, zone)));
  }

  private void recommendation(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    respond(ctx, caller, recommendations.get(caller, Params.pathUuid(ctx, "recommendation_id")));
  }

  /** The recommendation in its person's zone. */
  private void respond(Context ctx, Caller caller, Recommendation recommendation) {
    ctx.json(
        RecommendationJson.of(recommendation, zones.ofPerson(caller, recommendation.personId())));
  }

  private void recommend(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
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
        RecommendationJson.of(created, zones.ofPerson(caller, personId)));
  }

  private void updateRecommendation(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID id = Params.pathUuid(ctx, "recommendation_id");
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    RecommendationChanges changes =
        new RecommendationChanges(
            body.change("project_id", body::uuid),
            body.change("resource_id", body::uuid),
            body.change("title", body::string),
            body.change("notes", body::string),
            body.change("status", f -> status(body)),
            body.change("metadata_jsonb", body::object));
    body.validate();
    respond(ctx, caller, recommendations.update(caller, id, changes));
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
