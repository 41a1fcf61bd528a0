package dev.concierge.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document and the running server describe the same API: the same
 * operations under the same operationIds, and the query parameters each takes.
 */
class OpenApiDocumentTest {
  /** camelCase verb and noun, within what Claude allows a tool's name (^[a-zA-Z0-9_-]{1,64}$). */
  private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+([A-Z][a-z0-9]*)+");

  /** The documentation's own routes are not part of the API it documents. */
  private static final Set<String> DOCUMENTATION =
      Set.of("GET /openapi.json", "GET /docs", "GET /docs/{asset}", "GET /redoc");

  @Test
  void every_registered_route_is_documented_and_every_documented_route_exists() {
    Set<String> registered =
        ApiServer.routes().stream()
            .filter(route -> !DOCUMENTATION.contains(route))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(registered).isNotEmpty().isEqualTo(OpenApiConformance.operations());
  }

  @Test
  void every_declared_operation_is_documented_under_its_operation_id_and_no_other_is() {
    Map<String, String> declared = new TreeMap<>();
    ApiServer.operations().forEach(o -> declared.put(o.route(), o.operationId()));

    assertThat(declared).isNotEmpty().isEqualTo(OpenApiConformance.operationIds());
  }

  @Test
  void every_documented_operation_has_a_unique_camel_case_operation_id() {
    List<String> ids = new ArrayList<>(OpenApiConformance.operationIds().values());

    assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    assertThat(ids)
        .allSatisfy(id -> assertThat(id).hasSizeLessThanOrEqualTo(64).matches(OPERATION_ID));
  }

  @Test
  void every_operation_refuses_a_query_parameter_it_does_not_list_and_takes_those_it_does() {
    ApiServer.Tenant tenant = ApiServer.newTenant();
    List<String> wrong = new ArrayList<>();
    for (HostileRequests.Operation operation : HostileRequests.operations()) {
      // unknown ids and no body: the query is checked before either is looked at
      String path = operation.template().replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
      ApiServer.Response unknown =
          ApiServer.send(operation.method(), path + "?bogus=1", tenant.adminKey(), null);
      if (unknown.status() != 400 || !unknown.errorFields().equals(List.of("bogus"))) {
        wrong.add(operation.key() + "?bogus=1 → " + unknown.status() + " " + unknown.body());
      }
      for (var parameter : operation.queryParameters()) {
        String name = parameter.path("name").asText();
        ApiServer.Response listed =
            ApiServer.send(operation.method(), path + "?" + name + "=1", tenant.adminKey(), null);
        listed
            .json()
            .path("errors")
            .forEach(
                error -> {
                  if (error.path("message").asText().startsWith("is not a query parameter")) {
                    wrong.add(operation.key() + "?" + name + "=1 → " + listed.body());
                  }
                });
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void the_document_is_openapi_3_1_served_publicly_with_the_servers_version() {
    ApiServer.Response served = ApiServer.send("GET", "/openapi.json", null, null);
    ApiServer.Response health = ApiServer.send("GET", "/health", null, null);

    assertThat(served.status()).isEqualTo(200);
    assertThat(served.json().get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(served.json().at("/info/version").asText())
        .isEqualTo(health.json().get("version").asText())
        .isEqualTo("api-test");
    ObjectNode withoutVersion = served.json().deepCopy();
    ((ObjectNode) withoutVersion.get("info"))
        .set("version", OpenApiConformance.DOCUMENT.at("/info/version"));
    assertThat(withoutVersion).isEqualTo(OpenApiConformance.DOCUMENT);
  }

  @Test
  void swagger_ui_is_served_at_docs_and_redoc_leads_there() {
    ApiServer.Response page = ApiServer.send("GET", "/docs", null, null);
    ApiServer.Response bundle = ApiServer.send("GET", "/docs/swagger-ui-bundle.js", null, null);
    ApiServer.Response other = ApiServer.send("GET", "/docs/../../etc/passwd", null, null);
    ApiServer.Response redoc = ApiServer.send("GET", "/redoc", null, null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("/openapi.json").contains("swagger-ui-bundle.js");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
    assertThat(other.status()).isIn(400, 404);
    assertThat(List.of(302, 200)).contains(redoc.status());
  }

  @Test
  void the_checker_rejects_a_body_that_breaks_the_schema() {
    List<String> errors = new java.util.ArrayList<>();
    var schema = OpenApiConformance.DOCUMENT.at("/components/schemas/Person");
    var body =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .createObjectNode()
            .put("person_id", "nope")
            .put("extra", 1);

    OpenApiConformance.validate(schema, body, "$", errors);

    assertThat(errors)
        .anyMatch(e -> e.contains("person_id"))
        .anyMatch(e -> e.contains("undocumented extra"))
        .anyMatch(e -> e.contains("lacks required full_name"));
  }
}
