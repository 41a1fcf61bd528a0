package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

  @Test
  void a_number_too_large_for_a_double_is_a_400_naming_the_field() {
    ApiServer.Response venue =
        tenant.asAdmin("POST", "/api/v1/venues", "{\"name\": \"The Modern\", \"rating\": 1e400}");
    ApiServer.Response person =
        tenant.post(
            "/api/v1/persons",
            "{\"full_name\": \"A\", \"person_type\": \"client\", \"metadata_jsonb\": {\"n\": -1e400}}");

    assertThat(venue.status()).isEqualTo(400);
    assertThat(venue.errorFields()).containsExactly("rating");
    assertThat(person.status()).isEqualTo(400);
    assertThat(person.errorFields()).containsExactly("metadata_jsonb");
  }

  /** Javalin decodes the query in the body's charset and, for one it does not know, drops it. */
  @Test
  void a_body_charset_the_server_does_not_know_does_not_hide_the_query() {
    String sarah = tenant.person("Sarah Chen");
    String other = ApiServer.newTenant().orgId().toString();
    String nonsense = "application/json; charset=nonsense";

    ApiServer.Response put =
        ApiServer.send(
            "PUT",
            "/api/v1/persons/" + sarah + "?org_id=" + other,
            tenant.conciergeKey(),
            json("full_name", "Renamed"),
            "Content-Type",
            nonsense);
    ApiServer.Response list =
        ApiServer.send(
            "GET",
            "/api/v1/persons?limit=0",
            tenant.conciergeKey(),
            null,
            "Content-Type",
            nonsense);

    assertThat(put.status()).isEqualTo(403);
    assertThat(tenant.get("/api/v1/persons/" + sarah).json().get("full_name").asText())
        .isEqualTo("Sarah Chen");
    assertThat(list.status()).isEqualTo(400);
    assertThat(list.errorFields()).containsExactly("limit");
  }

  @Test
  void a_query_parameter_given_twice_is_a_400_rather_than_one_value_winning() {
    String sarah = tenant.person("Sarah Chen");
    String own = tenant.orgId().toString();
    String other = ApiServer.newTenant().orgId().toString();

    ApiServer.Response delete =
        tenant.delete("/api/v1/persons/" + sarah + "?org_id=" + own + "&org_id=" + other);
    ApiServer.Response list = tenant.get("/api/v1/persons?limit=1&limit=500");

    assertThat(delete.status()).isEqualTo(400);
    assertThat(delete.errorFields()).containsExactly("org_id");
    assertThat(tenant.get("/api/v1/persons/" + sarah).status()).isEqualTo(200);
    assertThat(list.status()).isEqualTo(400);
    assertThat(list.errorFields()).containsExactly("limit");
  }

  /** No HTTP client sends these; other software does. */
  @ParameterizedTest
  @ValueSource(strings = {"q=%", "org_id=%zz", "%=1", "tag=%4"})
  void a_query_that_is_not_percent_encoded_properly_is_a_400(String query) {
    ApiServer.Response response =
        ApiServer.raw("GET", "/api/v1/venues?" + query, tenant.conciergeKey(), null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.errorFields()).containsExactly("query");
  }

  /** Refused by Jetty or Javalin before any route: still a problem, for every method. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/persons/..;",
        "/api/v1/persons/%00",
        "/api/v1/persons/%FF",
        "/api/v1/persons/%u0041",
        "/api/v1/persons/%25%"
      })
  void a_path_the_server_cannot_route_is_a_problem_for_every_method(String path) {
    for (String method : new String[] {"GET", "DELETE", "PUT"}) {
      ApiServer.Response response =
          ApiServer.raw(
              method,
              path,
              tenant.conciergeKey(),
              method.equals("PUT") ? new byte[] {'{', '}'} : null);

      assertThat(response.status()).as(method).isEqualTo(400);
      assertThat(response.header("Content-Type")).as(method).startsWith("application/problem+json");
      assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }
  }

  /**
   * Refused before its body is read, a request still gets its answer: were the body left unread,
   * closing the connection would reset it and could take the response with it (it did, now and
   * then, before the server drained such bodies).
   */
  @Test
  void a_request_refused_before_its_body_is_read_still_gets_its_answer() {
    String body = json("name", "x".repeat(80_000));
    for (int i = 0; i < 30; i++) {
      assertThat(ApiServer.send("PUT", "/api/v1/venues/" + UUID_TEXT, "nope", body).status())
          .isEqualTo(401);
      assertThat(tenant.asAdmin("PUT", "/api/v1/venues/not-a-uuid", body).status()).isEqualTo(400);
    }
  }

  private static final String UUID_TEXT = "3f2b8c1e-0000-4000-8000-000000000000";

  /** PostgreSQL refuses NUL; the driver would store half a surrogate pair as '?'. */
  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "a\\ud800", "\\udc00b"})
  void text_the_database_cannot_store_as_sent_is_a_400_naming_the_field(String escaped) {
    ApiServer.Response name =
        tenant.post(
            "/api/v1/persons", "{\"full_name\": \"" + escaped + "\", \"person_type\": \"client\"}");
    ApiServer.Response metadata =
        tenant.post(
            "/api/v1/persons",
            "{\"full_name\": \"A\", \"person_type\": \"client\", \"metadata_jsonb\": {\"k\": [\""
                + escaped
                + "\"]}}");
    ApiServer.Response key =
        tenant.post(
            "/api/v1/persons",
            "{\"full_name\": \"A\", \"person_type\": \"client\", \"metadata_jsonb\": {\""
                + escaped
                + "\": 1}}");

    assertThat(name.errorFields()).containsExactly("full_name");
    assertThat(metadata.errorFields()).containsExactly("metadata_jsonb");
    // Jackson already refuses half a surrogate pair in a name as malformed JSON
    assertThat(key.errorFields()).containsAnyOf("metadata_jsonb", "body");
    assertThat(tenant.get("/api/v1/persons").json()).isEmpty();
  }

  @Test
  void metadata_is_bounded_in_depth_and_size() {
    String deepest = "{\"a\":".repeat(31) + "{}" + "}".repeat(31);
    String deeper = "{\"a\":".repeat(32) + "{}" + "}".repeat(32);

    ApiServer.Response fits = tenant.post("/api/v1/persons", person(deepest));
    ApiServer.Response tooDeep = tenant.post("/api/v1/persons", person(deeper));
    ApiServer.Response tooLarge =
        tenant.post("/api/v1/persons", person(json("notes", "x".repeat(64 * 1024))));

    assertThat(fits.status()).isEqualTo(201);
    assertThat(tooDeep.status()).isEqualTo(400);
    assertThat(tooDeep.errorFields()).containsExactly("metadata_jsonb");
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.errorFields()).containsExactly("metadata_jsonb");
  }

  private static String person(String metadata) {
    return "{\"full_name\": \"A\", \"person_type\": \"client\", \"metadata_jsonb\": "
        + metadata
        + "}";
  }

  @Test
  void no_text_field_holds_more_than_100000_characters() {
    String sarah = tenant.person("Sarah Chen");

    ApiServer.Response response =
        tenant.post(
            "/api/v1/conversations",
            json(
                "person_id",
                sarah,
                "channel_type",
                "email",
                "external_thread_id",
                "t".repeat(100_001),
                "metadata_jsonb",
                Map.of()));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("external_thread_id");
  }

  /** Year 0 was stored as a BC date the dashboard then failed on; +10000 failed to store. */
  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "-0001-06-01", "+10000-01-01"})
  void dates_outside_the_years_1_to_9999_are_a_400(String date) {
    String sarah = tenant.person("Sarah Chen");

    ApiServer.Response birthday = tenant.put("/api/v1/persons/" + sarah, json("birthday", date));
    ApiServer.Response item =
        tenant.post(
            "/api/v1/date-items",
            json("person_id", sarah, "title", "Far away", "date_value", date));
    ApiServer.Response reminder =
        tenant.post(
            "/api/v1/reminders",
            json(
                "person_id",
                sarah,
                "reminder_type",
                "scheduled",
                "scheduled_datetime",
                date + "T09:00:00Z"));

    assertThat(birthday.errorFields()).containsExactly("birthday");
    assertThat(item.errorFields()).containsExactly("date_value");
    assertThat(reminder.errorFields()).containsExactly("scheduled_datetime");
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/dashboard").status()).isEqualTo(200);
  }

  /** PostgreSQL refused the NUL in the search pattern with a 500. */
  @ParameterizedTest
  @ValueSource(strings = {"q", "tag", "city"})
  void a_nul_in_a_query_parameter_is_a_400_naming_it(String name) {
    ApiServer.Response response = tenant.get("/api/v1/venues?" + name + "=a%00b");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly(name);
  }

  /** Jackson read the overlong 0xC0 0xAF as '/' and stored it. */
  @Test
  void a_body_that_is_not_utf8_is_a_400_and_changes_nothing() {
    String sarah = tenant.person("Sarah Chen");
    byte[] overlong = {(byte) 0xc0, (byte) 0xaf};
    byte[] head = "{\"full_name\": \"Sarah".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail = "Chen\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + overlong.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(overlong, 0, body, head.length, overlong.length);
    System.arraycopy(tail, 0, body, head.length + overlong.length, tail.length);

    ApiServer.Response response =
        ApiServer.raw("PUT", "/api/v1/persons/" + sarah, tenant.conciergeKey(), body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("body");
    assertThat(tenant.get("/api/v1/persons/" + sarah).json().get("full_name").asText())
        .isEqualTo("Sarah Chen");
  }
}
