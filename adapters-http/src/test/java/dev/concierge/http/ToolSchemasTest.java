package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.agents.llm.ToolDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every operation of the real openapi.json as the tool Claude is sent. */
class ToolSchemasTest {
  /** The Messages API's rule for a tool's name. */
  private static final Pattern TOOL_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  /** What providers accept as a property's name. */
  private static final Pattern PROPERTY_NAME = Pattern.compile("^[a-zA-Z0-9_.-]{1,64}$");

  /** What an input schema holds at its top: an object and nothing the API refuses there. */
  private static final Set<String> TOP_LEVEL =
      Set.of("type", "properties", "required", "additionalProperties");

  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

  private final ToolSchemas schemas = new ToolSchemas(OpenApiDocument.load());

  @Test
  void every_operation_of_the_document_is_a_tool_the_messages_api_accepts() throws IOException {
    List<String> wrong = new ArrayList<>();
    List<String[]> operations = operations();
    for (String[] operation : operations) {
      ToolDefinition tool = schemas.describe(operation[0], operation[1]).definition();
      String at = operation[0] + " " + operation[1] + " (" + tool.name() + "): ";
      Map<String, Object> schema = tool.inputSchema();
      if (!TOOL_NAME.matcher(tool.name()).matches()) {
        wrong.add(at + "name");
      }
      if (tool.description().isBlank()) {
        wrong.add(at + "no description");
      }
      if (!"object".equals(schema.get("type")) || !TOP_LEVEL.containsAll(schema.keySet())) {
        wrong.add(at + "top level " + schema.keySet());
      }
      if (!Boolean.FALSE.equals(schema.get("additionalProperties"))) {
        wrong.add(at + "open to members it does not name");
      }
      Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
      if (properties.containsKey("org_id")) {
        wrong.add(at + "takes org_id");
      }
      if (schema.get("required") instanceof List<?> required
          && !properties.keySet().containsAll(required)) {
        wrong.add(at + "requires " + required + " of " + properties.keySet());
      }
      for (Object name : properties.keySet()) {
        if (!PROPERTY_NAME.matcher((String) name).matches()) {
          wrong.add(at + "property name " + name);
        }
        Map<?, ?> property = (Map<?, ?>) properties.get(name);
        if (!property.containsKey("type")) {
          wrong.add(at + name + " has no type");
        }
        keywords(property, at + name, wrong);
      }
    }

    assertThat(operations).hasSizeGreaterThan(80);
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_tool_the_default_roster_lists_is_an_operation_of_the_document() throws IOException {
    List<String> names = new ArrayList<>();
    for (String[] operation : operations()) {
      names.add(schemas.describe(operation[0], operation[1]).definition().name());
    }

    for (AgentProfile agent : DefaultRoster.profiles("claude-test")) {
      assertThat(names).as(agent.name().wireName()).containsAll(agent.allowedTools());
    }
  }

  @Test
  void a_body_is_merged_flat_with_its_required_fields_and_its_items_resolved() {
    ToolDefinition createDateItem = schemas.describe("POST", "/api/v1/date-items").definition();
    Map<String, Object> schema = createDateItem.inputSchema();
    Map<String, Object> properties = object(schema.get("properties"));

    assertThat(createDateItem.name()).isEqualTo("createDateItem");
    assertThat(createDateItem.description()).startsWith("Create a date item");
    assertThat(schema.get("required")).isEqualTo(List.of("person_id", "title", "date_value"));
    assertThat(properties.keySet())
        .contains("person_id", "related_person_id", "title", "date_value", "reminder_rules")
        .doesNotContain("org_id", "body");
    assertThat(property(properties, "person_id")).containsEntry("format", "uuid");
    assertThat(property(properties, "date_value")).containsEntry("format", "date");
    assertThat(property(properties, "leap_day_policy"))
        .containsEntry("enum", List.of("feb_28", "strict"));
    Map<String, Object> rule = object(property(properties, "reminder_rules").get("items"));
    assertThat(rule).doesNotContainKey("$ref").containsEntry("additionalProperties", false);
    assertThat(rule.get("required")).isEqualTo(List.of("reminder_type"));
    Map<String, Object> ruleFields = object(rule.get("properties"));
    assertThat(property(ruleFields, "reminder_type"))
        .containsEntry("enum", List.of("lead_time", "scheduled"));
    assertThat(property(ruleFields, "lead_time_days"))
        .containsEntry("type", "integer")
        .containsEntry("maximum", 3660);
    assertThat(property(ruleFields, "scheduled_datetime")).containsEntry("format", "date-time");
  }

  @Test
  void path_and_query_parameters_are_members_and_only_the_path_ones_are_required() {
    ToolSchemas.ToolInput listDateItems =
        schemas.describe("GET", "/api/v1/persons/{person_id}/date-items");
    Map<String, Object> schema = listDateItems.definition().inputSchema();
    Map<String, Object> properties = object(schema.get("properties"));

    assertThat(listDateItems.pathParameters()).containsExactly("person_id");
    assertThat(listDateItems.queryParameters())
        .containsExactlyInAnyOrder("category_id", "upcoming_only", "skip", "limit");
    assertThat(listDateItems.takesBody()).isFalse();
    assertThat(schema.get("required")).isEqualTo(List.of("person_id"));
    assertThat(property(properties, "person_id")).containsEntry("format", "uuid");
    assertThat(property(properties, "upcoming_only")).containsEntry("type", "boolean");
    assertThat(property(properties, "limit"))
        .containsEntry("minimum", 1)
        .containsEntry("maximum", 500);
    assertThat(properties).doesNotContainKey("org_id");
  }

  @Test
  void a_partial_update_requires_only_the_id_in_its_path() {
    ToolSchemas.ToolInput updatePerson = schemas.describe("PUT", "/api/v1/persons/{person_id}");
    Map<String, Object> schema = updatePerson.definition().inputSchema();

    assertThat(updatePerson.takesBody()).isTrue();
    assertThat(schema.get("required")).isEqualTo(List.of("person_id"));
    assertThat(property(object(schema.get("properties")), "person_type"))
        .containsEntry("enum", List.of("client", "staff", "family_member"));
    assertThat(property(object(schema.get("properties")), "birthday"))
        .containsEntry("type", List.of("string", "null"))
        .containsEntry("format", "date");
  }

  @Test
  void an_operation_without_input_takes_an_empty_object() {
    ToolDefinition getOrganization = schemas.describe("GET", "/api/v1/organization").definition();

    assertThat(getOrganization.inputSchema())
        .containsEntry("type", "object")
        .containsEntry("properties", Map.of())
        .containsEntry("additionalProperties", false)
        .doesNotContainKey("required");
  }

  private static Map<String, Object> property(Map<?, ?> properties, String name) {
    return object(properties.get(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  /** Every keyword, however deep, is one the tool keeps; no reference or composition is left. */
  private static void keywords(Map<?, ?> schema, String at, List<String> wrong) {
    for (Map.Entry<?, ?> member : schema.entrySet()) {
      String keyword = (String) member.getKey();
      if (!ToolSchemas.KEPT.contains(keyword)) {
        wrong.add(at + " keeps " + keyword);
      }
      if (keyword.equals("items") || keyword.equals("additionalProperties")) {
        if (member.getValue() instanceof Map<?, ?> nested) {
          keywords(nested, at + "." + keyword, wrong);
        }
      } else if (keyword.equals("properties")) {
        ((Map<?, ?>) member.getValue())
            .forEach((name, nested) -> keywords((Map<?, ?>) nested, at + "." + name, wrong));
      }
    }
  }

  /** Every (method, path) of openapi.json under /api/v1. */
  private static List<String[]> operations() throws IOException {
    JsonNode paths;
    try (InputStream in = ToolSchemasTest.class.getResourceAsStream("/openapi.json")) {
      paths = new ObjectMapper().readTree(in).path("paths");
    }
    List<String[]> operations = new ArrayList<>();
    paths
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (HTTP_METHODS.contains(method) && path.getKey().startsWith("/api/")) {
                            operations.add(
                                new String[] {method.toUpperCase(Locale.ROOT), path.getKey()});
                          }
                        }));
    return operations;
  }
}
