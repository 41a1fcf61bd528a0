package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonConfinementTest {
  private final OpenApiDocument document = OpenApiDocument.load();

  @Test
  void every_owner_lookup_is_a_read_of_one_entity_that_answers_its_person() throws IOException {
    Map<String, String[]> byOperationId = readsOfOneEntity();

    for (Map.Entry<String, String> owner : PersonConfinement.OWNERS.entrySet()) {
      String[] read = byOperationId.get(owner.getValue());
      assertThat(read).as(owner.getValue()).isNotNull();
      assertThat(read[1]).as(owner.getValue()).endsWith("/{" + owner.getKey() + "}");
      JsonNode answer =
          document.resolve(
              document
                  .operation("GET", read[1])
                  .path("responses")
                  .path("200")
                  .path("content")
                  .path("application/json")
                  .path("schema"));
      List<String> required = new ArrayList<>();
      answer.path("required").forEach(name -> required.add(name.asText()));
      assertThat(required).as(owner.getValue()).contains("person_id");
    }
  }

  @Test
  void an_operation_naming_no_person_is_offered_only_when_it_reads_reference_data() {
    ToolSchemas schemas = new ToolSchemas(document);

    assertThat(offered(schemas, "GET", "/api/v1/persons")).isFalse();
    assertThat(offered(schemas, "POST", "/api/v1/persons")).isFalse();
    assertThat(offered(schemas, "POST", "/api/v1/restaurants")).isFalse();
    assertThat(offered(schemas, "GET", "/api/v1/audit-log")).isFalse();
    assertThat(offered(schemas, "GET", "/api/v1/restaurants")).isTrue();
    assertThat(offered(schemas, "GET", "/api/v1/date-categories/{category_id}")).isTrue();
    assertThat(offered(schemas, "GET", "/api/v1/projects/{project_id}/tasks")).isTrue();
    assertThat(offered(schemas, "POST", "/api/v1/reminders")).isTrue();
  }

  private static boolean offered(ToolSchemas schemas, String method, String path) {
    return PersonConfinement.offers(
        method, path, schemas.describe(method, path).definition().inputSchema());
  }

  /** operationId to (method, path) of every GET of one entity. */
  private static Map<String, String[]> readsOfOneEntity() throws IOException {
    JsonNode paths;
    try (InputStream in = PersonConfinementTest.class.getResourceAsStream("/openapi.json")) {
      paths = new ObjectMapper().readTree(in).path("paths");
    }
    Map<String, String[]> reads = new HashMap<>();
    paths
        .properties()
        .forEach(
            path -> {
              JsonNode get = path.getValue().path("get");
              if (get.isObject() && path.getKey().endsWith("}")) {
                reads.put(get.path("operationId").asText(), new String[] {"GET", path.getKey()});
              }
            });
    return reads;
  }
}
