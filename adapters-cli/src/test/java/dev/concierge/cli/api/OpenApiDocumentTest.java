package dev.concierge.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document and the running server describe the same API. */
class OpenApiDocumentTest {
  /** The documentation's own routes are not part of the API it documents. */
  private static final Set<String> DOCUMENTATION =
      Set.of("GET /openapi.json", "GET /docs", "GET /docs/{asset}", "GET /redoc");

  @Test
  void every_registered_route_is_documented_and_every_documented_route_exists() {
    Set<String> registered =
        ApiServer.routes().stream()
            .filter(route -> !DOCUMENTATION.contains(route))
            .collect(Collectors.toCollection(java.util.TreeSet::new));

    assertThat(registered).isNotEmpty().isEqualTo(OpenApiConformance.operations());
  }

  @Test
  void the_document_is_openapi_3_1_and_served_publicly() {
    ApiServer.Response served = ApiServer.send("GET", "/openapi.json", null, null);

    assertThat(served.status()).isEqualTo(200);
    assertThat(served.json()).isEqualTo(OpenApiConformance.DOCUMENT);
    assertThat(served.json().get("openapi").asText()).isEqualTo("3.1.0");
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
