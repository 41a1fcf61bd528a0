package dev.concierge.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input of every kind is a 4xx problem naming what is wrong, never a 500. */
class ApiProblemsTest {
  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "{\"full_name\": \"A\", \"full_name\": \"B\", \"person_type\": \"client\"}",
        "{\"full_name\": \"A\", \"person_type\": \"client\"} trailing",
        "[1, 2]",
        "null",
        "\"text\"",
        "{/* comment */ \"full_name\": \"A\"}"
      })
  void malformed_json_is_a_400_about_the_body(String body) {
    ApiServer.Response response = tenant.post("/api/v1/persons", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.errorFields()).containsExactly("body");
    assertThat(response.json().get("correlation_id").asText())
        .isEqualTo(response.header("X-Request-Id"));
  }

  @Test
  void an_empty_body_is_a_400() {
    ApiServer.Response response = tenant.post("/api/v1/persons", "");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("body");
  }

  @Test
  void a_body_over_one_megabyte_is_a_413_problem() {
    String big =
        "{\"full_name\": \"" + "x".repeat(1024 * 1024) + "\", \"person_type\": \"client\"}";

    ApiServer.Response response = tenant.post("/api/v1/persons", big);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g", "1-1-1-1-1"})
  void a_malformed_id_in_the_path_is_a_400_naming_it(String id) {
    ApiServer.Response response = tenant.get("/api/v1/persons/" + id);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("person_id");
  }

  @Test
  void an_unknown_id_is_a_404_problem() {
    ApiServer.Response response =
        tenant.get("/api/v1/persons/3f2b8c1e-0000-4000-8000-000000000000");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("type").asText()).endsWith("/not-found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=501", "limit=-1", "skip=-1", "limit=ten", "skip=1.5"})
  void paging_outside_its_bounds_is_a_400_naming_the_parameter(String query) {
    ApiServer.Response response = tenant.get("/api/v1/persons?" + query);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly(query.substring(0, query.indexOf('=')));
  }

  @Test
  void paging_at_its_bounds_is_accepted() {
    assertThat(tenant.get("/api/v1/persons?limit=1").status()).isEqualTo(200);
    assertThat(tenant.get("/api/v1/persons?limit=500&skip=0").status()).isEqualTo(200);
  }

  @Test
  void an_unknown_route_under_the_api_is_404_and_a_wrong_method_is_not_a_500() {
    assertThat(tenant.get("/api/v1/nothing-here").status()).isEqualTo(404);
    assertThat(tenant.send("PATCH", "/api/v1/persons").status()).isIn(404, 405);
  }
}
