package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueApiTest {
  private static final String UNKNOWN = "0b7c2b8e-0000-4000-8000-000000000000";

  private ApiServer.Tenant tenant;
  private String sarah;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.person("Sarah Chen");
  }

  private String add(String collection, Object... fields) {
    ApiServer.Response created = tenant.asAdmin("POST", "/api/v1/" + collection, json(fields));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.id();
  }

  @Test
  void admins_curate_the_catalogue_everyone_reads_it() {
    ApiServer.Response created =
        tenant.asAdmin(
            "POST",
            "/api/v1/venues",
            json(
                "name",
                "The Modern",
                "city",
                "New York",
                "price_level",
                4,
                "rating",
                4.7,
                "tags",
                List.of("michelin", "anniversary"),
                "is_vetted",
                true));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/venues/" + created.id());
    JsonNode venue = created.json();
    assertThat(venue.get("resource_type").asText()).isEqualTo("venue");
    assertThat(venue.get("vetted_at").isNull()).isFalse();
    assertThat(venue.get("rating").asDouble()).isEqualTo(4.7);
    assertThat(tenant.get("/api/v1/venues/" + created.id()).json()).isEqualTo(venue);
    assertThat(tenant.asAnalyst("GET", "/api/v1/venues/" + created.id(), null).status())
        .isEqualTo(200);
    assertThat(tenant.post("/api/v1/venues", json("name", "Mine")).status()).isEqualTo(403);
    assertThat(tenant.put("/api/v1/venues/" + created.id(), json("name", "X")).status())
        .isEqualTo(403);
    ApiServer.Response renamed =
        tenant.asAdmin("PUT", "/api/v1/venues/" + created.id(), json("is_vetted", false));
    assertThat(renamed.json().get("vetted_at").isNull()).isTrue();
    assertThat(renamed.json().get("name").asText()).isEqualTo("The Modern");
    assertThat(tenant.get("/api/v1/restaurants/" + created.id()).status()).isEqualTo(404);
  }

  @Test
  void lists_filter_by_city_tag_and_name_with_paging() {
    add("restaurants", "name", "Le Bernardin", "city", "New York", "tags", List.of("seafood"));
    add("restaurants", "name", "Bernardaud Cafe", "city", "Paris", "tags", List.of("cafe"));
    add("restaurants", "name", "Carbone", "city", "new york", "tags", List.of("italian"));
    add("vendors", "name", "Bloom Florists", "city", "New York");

    assertThat(tenant.get("/api/v1/restaurants").header("X-Total-Count")).isEqualTo("3");
    assertThat(tenant.get("/api/v1/restaurants?city=New%20York").json()).hasSize(2);
    assertThat(tenant.get("/api/v1/restaurants?tag=seafood").json().get(0).get("name").asText())
        .isEqualTo("Le Bernardin");
    assertThat(tenant.get("/api/v1/restaurants?q=bernard").json()).hasSize(2);
    assertThat(tenant.get("/api/v1/restaurants?q=%25").json()).isEmpty();
    assertThat(tenant.get("/api/v1/restaurants?limit=1&skip=2").json().get(0).get("name").asText())
        .isEqualTo("Le Bernardin");
    assertThat(tenant.get("/api/v1/vendors").json()).hasSize(1);
    assertThat(tenant.get("/api/v1/products").json()).isEmpty();
  }

  @Test
  void invalid_entries_are_named_and_delete_is_soft() {
    ApiServer.Response bad =
        tenant.asAdmin(
            "POST", "/api/v1/products", json("name", "", "price_level", 7, "rating", 5.5));
    ApiServer.Response types =
        tenant.asAdmin("POST", "/api/v1/products", json("name", "N", "rating", "great"));
    String id = add("products", "name", "Cashmere throw");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactlyInAnyOrder("name", "price_level", "rating");
    assertThat(types.errorFields()).containsExactly("rating");
    assertThat(tenant.asAdmin("DELETE", "/api/v1/products/" + id, null).status()).isEqualTo(204);
    assertThat(tenant.get("/api/v1/products/" + id).status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/products").json()).isEmpty();
    assertThat(tenant.asAdmin("DELETE", "/api/v1/products/" + UNKNOWN, null).status())
        .isEqualTo(404);
  }

  @Test
  void
      a_website_is_refused_unless_an_http_or_https_address_with_a_host_and_a_good_one_round_trips() {
    String id = add("restaurants", "name", "Le Bernardin", "website", "https://le-bernardin.com");

    for (String bad :
        List.of(
            "javascript:alert(1)",
            "ftp://files.example.com",
            "https://",
            "le-bernardin.com",
            "https://le-bernardin.com/" + "x".repeat(2000))) {
      ApiServer.Response created =
          tenant.asAdmin("POST", "/api/v1/restaurants", json("name", "Bad", "website", bad));
      ApiServer.Response changed =
          tenant.asAdmin("PUT", "/api/v1/restaurants/" + id, json("website", bad));
      assertThat(created.status()).as(bad).isEqualTo(400);
      assertThat(created.header("Content-Type")).startsWith("application/problem+json");
      assertThat(created.errorFields()).as(bad).containsOnly("website");
      assertThat(changed.status()).as(bad).isEqualTo(400);
      assertThat(changed.errorFields()).as(bad).containsOnly("website");
    }
    ApiServer.Response moved =
        tenant.asAdmin(
            "PUT",
            "/api/v1/restaurants/" + id,
            json("website", "http://www.le-bernardin.com/menu?lang=en"));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(tenant.get("/api/v1/restaurants/" + id).json().get("website").asText())
        .isEqualTo("http://www.le-bernardin.com/menu?lang=en");
    assertThat(tenant.get("/api/v1/restaurants?q=Bad").json()).isEmpty();
    assertThat(tenant.asAdmin("PUT", "/api/v1/restaurants/" + id, json("website", "")).status())
        .isEqualTo(200);
    assertThat(add("vendors", "name", "No site", "website", null)).isNotNull();
  }

  @Test
  void recommendations_belong_to_a_person_optionally_a_project_and_name_their_venue() {
    String venue = add("venues", "name", "The Modern", "city", "New York");
    String project =
        tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Anniversary"));
    String base = "/api/v1/persons/" + sarah + "/recommendations";

    ApiServer.Response created =
        tenant.post(
            base,
            json(
                "resource_id", venue,
                "project_id", project,
                "notes", "Michelin-starred, perfect for anniversary"));
    ApiServer.Response idea = tenant.post(base, json("title", "Sunset sail"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/recommendations/" + created.id());
    assertThat(created.json().get("venue_name").asText()).isEqualTo("The Modern");
    assertThat(created.json().get("category").asText()).isEqualTo("venue");
    assertThat(created.json().get("status").asText()).isEqualTo("suggested");
    assertThat(idea.json().get("venue_name").asText()).isEqualTo("Sunset sail");
    assertThat(idea.json().get("category").isNull()).isTrue();
    assertThat(idea.json().get("project_id").isNull()).isTrue();
    ApiServer.Response list = tenant.get(base);
    assertThat(list.header("X-Total-Count")).isEqualTo("2");
    assertThat(list.json().get(0).get("recommendation_id").asText()).isEqualTo(idea.id());
    ApiServer.Response booked =
        tenant.put("/api/v1/recommendations/" + created.id(), json("status", "booked"));
    assertThat(booked.json().get("status").asText()).isEqualTo("booked");
    assertThat(booked.json().get("project_id").asText()).isEqualTo(project);
    assertThat(tenant.delete("/api/v1/recommendations/" + created.id()).status()).isEqualTo(204);
    assertThat(tenant.get("/api/v1/recommendations/" + created.id()).status()).isEqualTo(404);
    assertThat(tenant.get(base).json()).hasSize(1);
  }

  @Test
  void
      a_recommendation_whose_entry_was_deleted_keeps_its_name_is_out_of_the_catalogue_and_changes() {
    String venue = add("venues", "name", "The Closed Room");
    String base = "/api/v1/persons/" + sarah + "/recommendations";
    String made = tenant.create(base, json("resource_id", venue, "notes", "Ask for the booth"));
    assertThat(tenant.get("/api/v1/recommendations/" + made).json().get("in_catalogue").asBoolean())
        .isTrue();

    assertThat(tenant.asAdmin("DELETE", "/api/v1/venues/" + venue, null).status()).isEqualTo(204);
    JsonNode read = tenant.get("/api/v1/recommendations/" + made).json();
    JsonNode listed = tenant.get(base).json().get(0);
    JsonNode onDashboard =
        tenant.get("/api/v1/persons/" + sarah + "/dashboard").json().get("recent_recommendations");
    ApiServer.Response booked =
        tenant.put("/api/v1/recommendations/" + made, json("status", "booked"));

    for (JsonNode recommendation : List.of(read, listed, onDashboard.get(0))) {
      assertThat(recommendation.get("resource_id").asText()).isEqualTo(venue);
      assertThat(recommendation.get("venue_name").asText()).isEqualTo("The Closed Room");
      assertThat(recommendation.get("category").asText()).isEqualTo("venue");
      assertThat(recommendation.get("in_catalogue").asBoolean()).isFalse();
    }
    assertThat(onDashboard).hasSize(1);
    assertThat(tenant.get("/api/v1/venues/" + venue).status()).isEqualTo(404);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    assertThat(booked.json().get("status").asText()).isEqualTo("booked");
    assertThat(booked.json().get("in_catalogue").asBoolean()).isFalse();
    assertThat(tenant.post(base, json("resource_id", venue)).errorFields())
        .containsExactly("resource_id");
    assertThat(
            tenant.post(base, json("title", "Sunset sail")).json().get("in_catalogue").asBoolean())
        .isFalse();
  }

  @Test
  void invalid_recommendations_are_named_and_unknown_ids_are_404() {
    String other = tenant.person("Other Client");
    String theirProject =
        tenant.create("/api/v1/projects", json("person_id", other, "title", "Theirs"));
    String base = "/api/v1/persons/" + sarah + "/recommendations";

    assertThat(tenant.post(base, json("notes", "nothing")).errorFields())
        .containsExactly("resource_id");
    assertThat(tenant.post(base, json("title", "T", "project_id", theirProject)).errorFields())
        .containsExactly("project_id");
    assertThat(tenant.post(base, json("title", "T", "status", "maybe")).errorFields())
        .containsExactly("status");
    assertThat(tenant.post(base, json("resource_id", UNKNOWN)).errorFields())
        .containsExactly("resource_id");
    assertThat(tenant.get("/api/v1/persons/" + UNKNOWN + "/recommendations").status())
        .isEqualTo(404);
    assertThat(tenant.get("/api/v1/recommendations/" + UNKNOWN).status()).isEqualTo(404);
    assertThat(ApiServer.newTenant().get(base).status()).isEqualTo(404);
  }
}
