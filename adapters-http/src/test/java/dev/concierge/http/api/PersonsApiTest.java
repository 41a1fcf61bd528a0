package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonsApiTest {
  private ApiServer.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
  }

  @Test
  void create_answers_201_with_the_person_and_its_location() {
    ApiServer.Response created =
        tenant.post(
            "/api/v1/persons",
            json(
                "full_name", "Sarah Chen",
                "preferred_name", "Sarah",
                "person_type", "client",
                "birthday", "1985-03-15",
                "timezone", "Europe/London",
                "metadata_jsonb", Map.of("vip", true)));

    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(created.header("Location"))
        .isEqualTo("/api/v1/persons/" + body.get("person_id").asText());
    assertThat(body.get("org_id").asText()).isEqualTo(tenant.orgId().toString());
    assertThat(body.get("full_name").asText()).isEqualTo("Sarah Chen");
    assertThat(body.get("preferred_name").asText()).isEqualTo("Sarah");
    assertThat(body.get("person_type").asText()).isEqualTo("client");
    assertThat(body.get("birthday").asText()).isEqualTo("1985-03-15");
    assertThat(body.get("timezone").asText()).isEqualTo("Europe/London");
    assertThat(body.get("metadata_jsonb").get("vip").asBoolean()).isTrue();
    OffsetDateTime createdAt = OffsetDateTime.parse(body.get("created_at").asText());
    assertThat(createdAt.getOffset())
        .as("shown in the person's zone")
        .isEqualTo(ZoneId.of("Europe/London").getRules().getOffset(createdAt.toInstant()));
    assertThat(tenant.get(created.header("Location")).json()).isEqualTo(body);
  }

  @Test
  void timezone_defaults_to_the_organizations_and_must_be_an_iana_zone() {
    // test organizations are created with default_timezone UTC
    ApiServer.Response defaulted =
        tenant.post("/api/v1/persons", json("full_name", "No Zone", "person_type", "staff"));
    ApiServer.Response invalid =
        tenant.post(
            "/api/v1/persons",
            json("full_name", "Bad Zone", "person_type", "staff", "timezone", "Mars/Olympus"));
    ApiServer.Response offset =
        tenant.post(
            "/api/v1/persons",
            json("full_name", "Offset", "person_type", "staff", "timezone", "+05:00"));

    assertThat(defaulted.json().get("timezone").asText()).isEqualTo("UTC");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errorFields()).containsExactly("timezone");
    assertThat(offset.status()).isEqualTo(400);
  }

  @Test
  void create_names_every_invalid_field() {
    ApiServer.Response response =
        tenant.post(
            "/api/v1/persons",
            json(
                "full_name",
                42,
                "person_type",
                "alien",
                "birthday",
                "15/03/1985",
                "metadata_jsonb",
                List.of(1),
                "shoe_size",
                44));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder(
            "full_name", "person_type", "birthday", "metadata_jsonb", "shoe_size");
    assertThat(response.json().get("errors").toString())
        .contains("must be one of client, staff, family_member");
  }

  @Test
  void missing_required_fields_are_named() {
    ApiServer.Response response = tenant.post("/api/v1/persons", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactlyInAnyOrder("full_name", "person_type");
  }

  @Test
  void put_changes_only_the_fields_it_names_and_null_clears_a_nullable_one() {
    String id =
        tenant.create(
            "/api/v1/persons",
            json(
                "full_name", "Sarah Chen",
                "preferred_name", "Sarah",
                "person_type", "client",
                "birthday", "1985-03-15",
                "timezone", "America/New_York"));

    ApiServer.Response renamed =
        tenant.put("/api/v1/persons/" + id, json("full_name", "Sarah Chen-Wu"));
    ApiServer.Response cleared =
        tenant.put("/api/v1/persons/" + id, "{\"preferred_name\": null, \"birthday\": null}");

    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("full_name").asText()).isEqualTo("Sarah Chen-Wu");
    assertThat(renamed.json().get("preferred_name").asText()).isEqualTo("Sarah");
    assertThat(renamed.json().get("birthday").asText()).isEqualTo("1985-03-15");
    assertThat(cleared.json().get("preferred_name").isNull()).isTrue();
    assertThat(cleared.json().get("birthday").isNull()).isTrue();
    assertThat(cleared.json().get("full_name").asText()).isEqualTo("Sarah Chen-Wu");
    assertThat(cleared.json().get("timezone").asText()).isEqualTo("America/New_York");
  }

  @Test
  void put_rejects_null_for_a_required_field_and_bad_values() {
    String id = tenant.person("Sarah Chen");

    ApiServer.Response nullName = tenant.put("/api/v1/persons/" + id, "{\"full_name\": null}");
    ApiServer.Response badZone = tenant.put("/api/v1/persons/" + id, json("timezone", "Not/AZone"));
    ApiServer.Response badType = tenant.put("/api/v1/persons/" + id, json("person_type", 3));

    assertThat(nullName.status()).isEqualTo(400);
    assertThat(nullName.errorFields()).containsExactly("full_name");
    assertThat(badZone.errorFields()).containsExactly("timezone");
    assertThat(badType.errorFields()).containsExactly("person_type");
  }

  @Test
  void delete_is_204_then_404_and_the_person_leaves_the_list() {
    String id = tenant.person("Gone Soon");

    assertThat(tenant.delete("/api/v1/persons/" + id).status()).isEqualTo(204);
    assertThat(tenant.get("/api/v1/persons/" + id).status()).isEqualTo(404);
    assertThat(tenant.delete("/api/v1/persons/" + id).status()).isEqualTo(404);
    assertThat(tenant.put("/api/v1/persons/" + id, json("full_name", "Back")).status())
        .isEqualTo(404);
    ApiServer.Response list = tenant.get("/api/v1/persons");
    assertThat(list.json()).isEmpty();
    assertThat(list.header("X-Total-Count")).isEqualTo("0");
  }

  @Test
  void list_filters_by_type_and_pages_in_a_stable_order() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      names.add("Client " + i);
      tenant.person("Client " + i);
    }
    tenant.create("/api/v1/persons", json("full_name", "Aaron Staff", "person_type", "staff"));

    ApiServer.Response clients = tenant.get("/api/v1/persons?person_type=client&limit=3&skip=0");
    ApiServer.Response second = tenant.get("/api/v1/persons?person_type=client&limit=3&skip=3");
    ApiServer.Response third = tenant.get("/api/v1/persons?person_type=client&limit=3&skip=6");
    ApiServer.Response beyond = tenant.get("/api/v1/persons?skip=100");
    ApiServer.Response all = tenant.get("/api/v1/persons");

    assertThat(clients.header("X-Total-Count")).isEqualTo("7");
    List<String> paged = new ArrayList<>();
    for (ApiServer.Response page : List.of(clients, second, third)) {
      page.json().forEach(p -> paged.add(p.get("full_name").asText()));
    }
    assertThat(paged).containsExactlyElementsOf(names);
    assertThat(beyond.json()).isEmpty();
    assertThat(beyond.header("X-Total-Count")).isEqualTo("8");
    assertThat(all.json()).hasSize(8);
    assertThat(all.json().get(0).get("full_name").asText()).isEqualTo("Aaron Staff");
  }

  @Test
  void list_rejects_an_unknown_person_type() {
    ApiServer.Response response = tenant.get("/api/v1/persons?person_type=robot");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("person_type");
  }

  @Test
  void a_query_parameter_the_list_does_not_take_is_refused_by_name_not_ignored() {
    tenant.person("Found By Everyone");

    ApiServer.Response bogus = tenant.get("/api/v1/persons?bogus=1");
    ApiServer.Response search = tenant.get("/api/v1/persons?name=Nobody&limit=5");

    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.header("Content-Type")).startsWith("application/problem+json");
    assertThat(bogus.json().get("errors"))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.get("field").asText()).isEqualTo("bogus");
              assertThat(error.get("message").asText())
                  .isEqualTo(
                      "is not a query parameter of this operation, which takes limit, org_id,"
                          + " person_type, q, skip");
            });
    assertThat(search.status()).isEqualTo(400);
    assertThat(search.errorFields()).containsExactly("name");
  }

  @Test
  void analysts_read_but_do_not_write() {
    String id = tenant.person("Read Only");

    assertThat(tenant.asAnalyst("GET", "/api/v1/persons/" + id, null).status()).isEqualTo(200);
    assertThat(tenant.asAnalyst("GET", "/api/v1/persons", null).status()).isEqualTo(200);
    assertThat(
            tenant
                .asAnalyst(
                    "POST", "/api/v1/persons", json("full_name", "X", "person_type", "staff"))
                .status())
        .isEqualTo(403);
    assertThat(tenant.asAnalyst("PUT", "/api/v1/persons/" + id, json("full_name", "Y")).status())
        .isEqualTo(403);
    assertThat(tenant.asAnalyst("DELETE", "/api/v1/persons/" + id, null).status()).isEqualTo(403);
    assertThat(tenant.get("/api/v1/persons/" + id).json().get("full_name").asText())
        .isEqualTo("Read Only");
  }

  @Test
  void org_id_in_a_body_must_be_the_keys_organization() {
    ApiServer.Response own =
        tenant.post(
            "/api/v1/persons",
            json("org_id", tenant.orgId(), "full_name", "Mine", "person_type", "client"));
    ApiServer.Response other =
        tenant.post(
            "/api/v1/persons",
            json(
                "org_id",
                "00000000-0000-0000-0000-000000000001",
                "full_name",
                "Theirs",
                "person_type",
                "client"));

    assertThat(own.status()).isEqualTo(201);
    assertThat(other.status()).isEqualTo(403);
  }
}
