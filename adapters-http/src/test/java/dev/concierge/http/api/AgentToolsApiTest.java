package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentTool;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.errors.FieldError;
import dev.concierge.http.OperationTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API's operations as an agent's tools, called in process through the served API: they answer
 * what the same HTTP request answers, refuse what it refuses with the same words, and act as their
 * caller and no further.
 */
class AgentToolsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiServer.Tenant tenant = ApiServer.newTenant();
  private final Caller concierge =
      ApiServer.caller(tenant.conciergeKey()).withRequestId("chat-request-1234");
  private final OperationTools tools = ApiServer.agentTools(concierge, Confinement.NONE);

  @Test
  void a_person_with_a_bad_zone_is_refused_with_the_field_error_the_http_request_gets() {
    Map<String, Object> input =
        Map.of("full_name", "Bad Zone", "person_type", "staff", "timezone", "Mars/Olympus");

    ToolOutcome outcome = tools.call("createPerson", input);
    ApiServer.Response http = tenant.post("/api/v1/persons", JSON.valueToTree(input).toString());

    assertThat(http.status()).isEqualTo(400);
    assertThat(outcome)
        .isEqualTo(ToolOutcome.refused(http.json().get("detail").asText(), fieldErrors(http)));
    assertThat(((ToolOutcome.Refused) outcome).errors())
        .extracting(FieldError::field)
        .containsExactly("timezone");
  }

  @Test
  void a_created_date_item_answers_the_json_the_http_request_answers_and_names_its_id() {
    String person = tenant.person("Ada Lovelace");
    Map<String, Object> input =
        Map.of(
            "person_id",
            person,
            "title",
            "Mom's birthday",
            "date_value",
            "1960-03-15",
            "recurrence_rule",
            "FREQ=YEARLY",
            "reminder_rules",
            List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 14)));

    ToolOutcome.Succeeded created = (ToolOutcome.Succeeded) tools.call("createDateItem", input);
    ApiServer.Response http = tenant.post("/api/v1/date-items", JSON.valueToTree(input).toString());

    assertThat(http.status()).isEqualTo(201);
    JsonNode viaTool = read(created.json());
    assertThat(created.entityId()).isEqualTo(viaTool.get("date_item_id").asText());
    assertThat(withoutIdsAndTimes(viaTool)).isEqualTo(withoutIdsAndTimes(http.json()));
    assertThat(viaTool.get("next_occurrence").asText()).isEqualTo("2026-03-15");
    assertThat(tenant.get("/api/v1/date-items/" + created.entityId()).status()).isEqualTo(200);
  }

  @Test
  void an_unknown_id_is_refused_as_not_found_in_the_words_of_the_http_request() {
    String unknown = UUID.randomUUID().toString();

    ToolOutcome outcome = tools.call("getDateItem", Map.of("date_item_id", unknown));
    ApiServer.Response http = tenant.get("/api/v1/date-items/" + unknown);

    assertThat(http.status()).isEqualTo(404);
    assertThat(outcome)
        .isEqualTo(ToolOutcome.refused(http.json().get("detail").asText(), List.of()));
  }

  @Test
  void an_update_answers_the_changed_entity_and_names_it() {
    String person = tenant.person("Grace Hopper");

    ToolOutcome outcome =
        tools.call("updatePerson", Map.of("person_id", person, "preferred_name", "Amazing Grace"));

    assertThat(outcome).isInstanceOf(ToolOutcome.Succeeded.class);
    ToolOutcome.Succeeded updated = (ToolOutcome.Succeeded) outcome;
    assertThat(updated.entityId()).isEqualTo(person);
    assertThat(read(updated.json()).get("preferred_name").asText()).isEqualTo("Amazing Grace");
  }

  @Test
  void a_read_names_no_entity_and_a_page_of_a_longer_list_says_how_many_there_are() {
    for (String name : List.of("Ann", "Bea", "Cy")) {
      tenant.person(name);
    }

    ToolOutcome.Succeeded page =
        (ToolOutcome.Succeeded) tools.call("listPersons", Map.of("limit", 2));

    JsonNode answer = read(page.json());
    assertThat(page.entityId()).isNull();
    assertThat(answer.get("items")).hasSize(2);
    assertThat(answer.get("shown").asInt()).isEqualTo(2);
    assertThat(answer.get("total").asInt()).isEqualTo(3);
    assertThat(answer.get("note").asText()).contains("Showing 2 of 3").contains("skip=2");
  }

  @Test
  void a_write_is_audited_as_the_caller_with_the_assistants_request_id() {
    ToolOutcome.Succeeded created =
        (ToolOutcome.Succeeded)
            tools.call("createPerson", Map.of("full_name", "Audited", "person_type", "client"));

    JsonNode entries =
        tenant.asAdmin("GET", "/api/v1/audit-log?entity_id=" + created.entityId(), null).json();

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).get("actor_type").asText()).isEqualTo("api_key");
    assertThat(entries.get(0).get("actor_id").asText()).isEqualTo(concierge.actorId().toString());
    assertThat(entries.get(0).get("request_id").asText()).isEqualTo("agent-chat-request-1234");
  }

  @Test
  void a_delete_is_offered_as_destructive_and_runs_only_once_confirmed() {
    String item = dateItem(tenant.person("Deleted Dates"), "Gym renewal");

    List<AgentTool> offered = tools.tools(List.of("deleteDateItem", "getDateItem"));
    ToolOutcome called = tools.call("deleteDateItem", Map.of("date_item_id", item));
    int stillThere = tenant.get("/api/v1/date-items/" + item).status();
    ToolOutcome confirmed = tools.callConfirmed("deleteDateItem", Map.of("date_item_id", item));

    assertThat(offered).extracting(AgentTool::destructive).containsExactly(true, false);
    assertThat(called).isInstanceOf(ToolOutcome.Refused.class);
    assertThat(stillThere).isEqualTo(200);
    assertThat(confirmed).isEqualTo(new ToolOutcome.Succeeded("{\"done\":true}", item));
    assertThat(tenant.get("/api/v1/date-items/" + item).status()).isEqualTo(404);
  }

  @Test
  void an_analyst_is_offered_only_reads_and_a_write_is_no_tool_of_its_run() {
    OperationTools analyst =
        ApiServer.agentTools(ApiServer.caller(tenant.analystKey()), Confinement.NONE);

    ToolOutcome write =
        analyst.call("createPerson", Map.of("full_name", "Nope", "person_type", "client"));

    assertThat(analyst.names())
        .contains("getPerson", "listDateItems")
        .doesNotContain("createPerson");
    assertThat(analyst.tools(List.of("createPerson", "getPerson")))
        .extracting(AgentTool::name)
        .containsExactly("getPerson");
    assertThat(write).isInstanceOf(ToolOutcome.Refused.class);
    assertThat(tenant.get("/api/v1/persons").json()).isEmpty();
  }

  @Test
  void a_path_parameter_that_is_no_id_never_becomes_a_path() {
    ToolOutcome outcome = tools.call("getPerson", Map.of("person_id", "../organization"));

    assertThat(outcome).isInstanceOf(ToolOutcome.Refused.class);
    assertThat(((ToolOutcome.Refused) outcome).errors())
        .containsExactly(new FieldError("person_id", "must be an id such as a UUID"));
  }

  @Test
  void a_member_the_operation_does_not_take_and_org_id_are_refused_by_name() {
    String person = tenant.person("Named Fields");

    ToolOutcome outcome =
        tools.call(
            "getPerson",
            Map.of("person_id", person, "org_id", UUID.randomUUID().toString(), "x", 1));

    assertThat(((ToolOutcome.Refused) outcome).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("org_id", "x");
  }

  @Test
  void a_confined_run_is_offered_only_what_can_be_tied_to_its_people() {
    String client = tenant.person("Confined Client");
    OperationTools confined =
        ApiServer.agentTools(
            ApiServer.caller(tenant.adminKey()), Confinement.to(List.of(UUID.fromString(client))));

    assertThat(confined.names())
        .contains(
            "getPerson",
            "updatePerson",
            "createDateItem",
            "getDateItem",
            "listReminders",
            "listTasks",
            "listMessages",
            "createRecommendation",
            "listRestaurants",
            "getVendor",
            "listDateCategories")
        .doesNotContain(
            "listPersons",
            "createPerson",
            "createRestaurant",
            "updateVendor",
            "deleteProduct",
            "createDateCategory",
            "listAccounts",
            "issueApiKey",
            "getOrganization",
            "updateOrganization",
            "listAuditEntries",
            "signIn");
    assertThat(confined.tools(List.of("listReminders")).get(0).definition().description())
        .endsWith(
            "In this conversation give person_id or date_item_id: it may only reach"
                + " the people it is about.");
  }

  @Test
  void a_confined_run_reaches_its_people_and_what_is_theirs_and_nobody_else() {
    String client = tenant.person("Client");
    String mom = tenant.person("Client's Mom");
    String stranger = tenant.person("Another Client");
    String clientsDate = dateItem(client, "Anniversary");
    String strangersDate = dateItem(stranger, "Their birthday");
    OperationTools confined =
        ApiServer.agentTools(
            concierge, Confinement.to(List.of(UUID.fromString(client), UUID.fromString(mom))));

    ToolOutcome own = confined.call("getDateItem", Map.of("date_item_id", clientsDate));
    ToolOutcome theirs = confined.call("getDateItem", Map.of("date_item_id", strangersDate));
    ToolOutcome forThem =
        confined.call(
            "createDateItem",
            Map.of("person_id", stranger, "title", "Sneaky", "date_value", "2026-01-01"));
    ToolOutcome aboutThem =
        confined.call(
            "createDateItem",
            Map.of(
                "person_id",
                client,
                "related_person_id",
                stranger,
                "title",
                "Sneaky",
                "date_value",
                "2026-01-01"));
    ToolOutcome everyone = confined.call("listReminders", Map.of());
    ToolOutcome byDate = confined.call("listReminders", Map.of("date_item_id", clientsDate));
    ToolOutcome forMom =
        confined.call(
            "createDateItem",
            Map.of("person_id", mom, "title", "Mom's birthday", "date_value", "1960-03-15"));

    assertThat(own).isInstanceOf(ToolOutcome.Succeeded.class);
    assertThat(byDate).isInstanceOf(ToolOutcome.Succeeded.class);
    assertThat(forMom).isInstanceOf(ToolOutcome.Succeeded.class);
    assertThat(refusedFields(theirs)).containsExactly("date_item_id");
    assertThat(refusedFields(forThem)).containsExactly("person_id");
    assertThat(refusedFields(aboutThem)).containsExactly("related_person_id");
    assertThat(refusedFields(everyone)).containsExactly("person_id");
    assertThat(tenant.get("/api/v1/persons/" + stranger + "/date-items").json()).hasSize(1);
  }

  private String dateItem(String person, String title) {
    return tenant.create(
        "/api/v1/date-items",
        json("person_id", person, "title", title, "date_value", "2026-06-16"));
  }

  private static List<String> refusedFields(ToolOutcome outcome) {
    assertThat(outcome).isInstanceOf(ToolOutcome.Refused.class);
    return ((ToolOutcome.Refused) outcome).errors().stream().map(FieldError::field).toList();
  }

  private static List<FieldError> fieldErrors(ApiServer.Response problem) {
    List<FieldError> errors = new ArrayList<>();
    problem
        .json()
        .path("errors")
        .forEach(
            e -> errors.add(new FieldError(e.get("field").asText(), e.get("message").asText())));
    return errors;
  }

  /** The answer without what differs between two creations: ids and instants of creation. */
  private static JsonNode withoutIdsAndTimes(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("date_item_id", "reminder_rule_id", "created_at", "updated_at"));
    }
    node.forEach(AgentToolsApiTest::strip);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
