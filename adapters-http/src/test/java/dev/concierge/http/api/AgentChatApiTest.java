package dev.concierge.http.api;

import static dev.concierge.claude.FakeAnthropic.toolUse;
import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.claude.ClaudeLlm;
import dev.concierge.claude.ClaudeSettings;
import dev.concierge.claude.FakeAnthropic;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.http.metrics.Scrape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * POST /api/v1/agents/chat and the confirmation of what it left waiting, on the real composition
 * with the assistant on the real Anthropic SDK against a fake Messages API: what the fake plays is
 * what the model does, everything else (routing, tools in process, the run log, the conversation,
 * the failures) is the service's own. The shared test server, which has no model, is the
 * installation without ANTHROPIC_API_KEY.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentChatApiTest {
  private static final String CHAT = "/api/v1/agents/chat";
  private static final String AGENT_MODEL = "claude-sonnet-4-5";
  private static final String ROUTER_MODEL = "claude-haiku-4-5";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String ASKED =
      "Sarah's birthday is March 15: remind her two weeks before, every year";
  private static final String ANSWERED =
      "Done: Sarah's birthday on 15 March every year, with a reminder two weeks before.";

  private FakeAnthropic fake;
  private ClaudeLlm claude;
  private ServedApi served;
  private ApiServer.Tenant tenant;
  private String sarah;

  @BeforeAll
  void serveWithTheAssistant() throws IOException {
    fake = FakeAnthropic.start();
    // no retries: a 529 is the SDK's last answer at once, and no test waits out a retry-after
    claude =
        new ClaudeLlm(
            new ClaudeSettings("sk-ant-api03-chat-test", AGENT_MODEL, ROUTER_MODEL, fake.baseUrl()),
            Duration.ofSeconds(10),
            0);
    served =
        ServedApi.withAssistant(
            Clock.fixed(ApiServer.NOW, ZoneOffset.UTC), claude, AGENT_MODEL, ROUTER_MODEL);
  }

  @AfterAll
  void stop() {
    served.close();
    claude.close();
    fake.close();
  }

  @BeforeEach
  void aClientInNewYork() {
    tenant = ApiServer.newTenant();
    sarah = tenant.client("Sarah Chen", "America/New_York");
  }

  @Test
  void
      a_chat_creates_the_yearly_date_with_its_reminder_answers_and_logs_the_run_with_its_tool_call() {
    routesTo("reminder_management");
    fake.answersToolCalls(
        AGENT_MODEL,
        toolUse(
            "toolu_01",
            "createDateItem",
            JsonTree.write(
                Map.of(
                    "person_id",
                    sarah,
                    "title",
                    "Sarah's birthday",
                    "date_value",
                    "1984-03-15",
                    "recurrence_rule",
                    "FREQ=YEARLY",
                    "reminder_rules",
                    List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 14))))));
    fake.answersText(AGENT_MODEL, ANSWERED);

    ApiServer.Response answer =
        chat(tenant.conciergeKey(), json("person_id", sarah, "message", ASKED));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.get("reply").asText()).isEqualTo(ANSWERED);
    assertThat(body.get("agent").asText()).isEqualTo("reminder_management");
    assertThat(body.get("status").asText()).isEqualTo("succeeded");
    JsonNode action = only(body.get("actions"));
    assertThat(action.get("operation_id").asText()).isEqualTo("createDateItem");
    assertThat(action.get("status").asText()).isEqualTo("succeeded");
    assertThat(action.get("action_id").isNull()).isTrue();
    String dateItem = action.get("entity_id").asText();

    JsonNode created = tenant.get("/api/v1/date-items/" + dateItem).json();
    assertThat(created.get("person_id").asText()).isEqualTo(sarah);
    assertThat(created.get("recurrence_rule").asText()).isEqualTo("FREQ=YEARLY");
    assertThat(created.get("next_occurrence").asText()).isEqualTo("2026-03-15");
    JsonNode reminder = only(created.get("reminder_rules"));
    assertThat(reminder.get("lead_time_days").asInt()).isEqualTo(14);
    // fourteen days before 15 March 2026 at 09:00 where Sarah lives (EST, before the clocks move)
    assertThat(
            OffsetDateTime.parse(reminder.get("scheduled_datetime").asText())
                .atZoneSameInstant(NEW_YORK)
                .toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 0));

    String conversation = body.get("conversation_id").asText();
    JsonNode messages =
        tenant.get("/api/v1/conversations/" + conversation + "/messages?limit=10").json();
    assertThat(messages).hasSize(2);
    assertThat(contents(messages)).containsExactlyInAnyOrder(ASKED, ANSWERED);
    assertThat(field(messages, "sender_type")).containsExactlyInAnyOrder("staff", "agent");
    assertThat(
            tenant.get("/api/v1/conversations/" + conversation).json().get("channel_type").asText())
        .isEqualTo("web");

    String run = body.get("run_id").asText();
    assertThat(field(tenant.asAnalyst("GET", "/api/v1/agent-runs", null).json(), "run_id"))
        .contains(run);
    JsonNode logged = tenant.get("/api/v1/agent-runs/" + run).json();
    assertThat(logged.get("status").asText()).isEqualTo("succeeded");
    assertThat(logged.get("conversation_id").asText()).isEqualTo(conversation);
    assertThat(field(logged.get("steps"), "kind"))
        .containsExactly("routing", "model_call", "tool_call", "model_call");
    JsonNode call = logged.get("steps").get(2);
    assertThat(call.get("tool").asText()).isEqualTo("createDateItem");
    assertThat(call.at("/input/title").asText()).isEqualTo("Sarah's birthday");
    assertThat(call.at("/input/reminder_rules/0/lead_time_days").asInt()).isEqualTo(14);
    assertThat(call.at("/outcome/status").asText()).isEqualTo("succeeded");
    assertThat(call.at("/outcome/entity_id").asText()).isEqualTo(dateItem);

    List<FakeAnthropic.Received> asked = lastRequests(3);
    assertThat(asked.get(0).json()).containsEntry("model", ROUTER_MODEL);
    assertThat(asked.get(0).json().get("tool_choice").toString()).contains("route_to_agent");
    assertThat(asked.get(1).json()).containsEntry("model", AGENT_MODEL);
    assertThat(asked.get(1).body()).contains("\"name\":\"createDateItem\"");
  }

  @Test
  void without_an_api_key_the_chat_is_a_503_naming_it_and_the_message_and_run_are_kept() {
    ApiServer.Response off =
        ApiServer.send(
            "POST", CHAT, tenant.conciergeKey(), json("person_id", sarah, "message", ASKED));

    assertThat(off.status()).isEqualTo(503);
    assertThat(off.header("Content-Type")).startsWith("application/problem+json");
    assertThat(off.json().get("type").asText()).endsWith("/assistant-off");
    assertThat(off.json().get("detail").asText()).contains("ANTHROPIC_API_KEY");
    assertThat(off.header("Retry-After")).isNull();
    assertKeptAndLoggedFailed(off, "ANTHROPIC_API_KEY");
    // everything else still works
    assertThat(tenant.get("/api/v1/persons/" + sarah).status()).isEqualTo(200);
  }

  @Test
  void an_overloaded_model_is_a_503_with_retry_after_and_the_message_and_run_are_kept() {
    fake.answersError(529, "overloaded_error", "Overloaded", "7");

    ApiServer.Response busy =
        chat(tenant.conciergeKey(), json("person_id", sarah, "message", ASKED));

    assertThat(busy.status()).isEqualTo(503);
    assertThat(busy.header("Retry-After")).isEqualTo("7");
    assertThat(busy.json().get("type").asText()).endsWith("/model-overloaded");
    assertKeptAndLoggedFailed(busy, "529");
  }

  @Test
  void a_reply_that_is_not_json_is_a_502_and_the_message_and_run_are_kept() {
    fake.answersRaw(200, "{\"id\":\"msg_01\",\"type\":\"message\",\"content\":[{\"type\":");

    ApiServer.Response broken =
        chat(tenant.conciergeKey(), json("person_id", sarah, "message", ASKED));

    assertThat(broken.status()).isEqualTo(502);
    assertThat(broken.json().get("type").asText()).endsWith("/model-malformed-reply");
    assertKeptAndLoggedFailed(broken, "routing failed");
  }

  @Test
  void a_delete_the_model_asks_for_waits_for_a_person_and_runs_once_when_confirmed() {
    String dateItem =
        tenant.create(
            "/api/v1/date-items",
            json("person_id", sarah, "title", "Old trip", "date_value", "2026-05-01"));
    routesTo("reminder_management");
    fake.answersToolCalls(
        AGENT_MODEL, toolUse("toolu_01", "deleteDateItem", json("date_item_id", dateItem)));
    fake.answersText(AGENT_MODEL, "I can delete the old trip once you confirm.");

    JsonNode answer =
        chat(tenant.conciergeKey(), json("person_id", sarah, "message", "Forget the old trip"))
            .json();

    JsonNode waiting = only(answer.get("actions"));
    assertThat(waiting.get("operation_id").asText()).isEqualTo("deleteDateItem");
    assertThat(waiting.get("status").asText()).isEqualTo("needs_confirmation");
    assertThat(waiting.get("entity_id").isNull()).isTrue();
    String confirm = "/api/v1/agents/actions/" + waiting.get("action_id").asText() + "/confirm";
    assertThat(tenant.get("/api/v1/date-items/" + dateItem).status()).isEqualTo(200);

    ApiServer.Response byAnalyst = tenant.asAnalyst("POST", confirm, null);
    assertThat(byAnalyst.status()).isEqualTo(403);
    assertThat(tenant.get("/api/v1/date-items/" + dateItem).status()).isEqualTo(200);

    ApiServer.Response confirmed = tenant.post(confirm, null);
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("succeeded");
    assertThat(confirmed.json().get("operation_id").asText()).isEqualTo("deleteDateItem");
    assertThat(confirmed.json().get("entity_id").asText()).isEqualTo(dateItem);
    assertThat(confirmed.json().get("problem").isNull()).isTrue();
    assertThat(tenant.get("/api/v1/date-items/" + dateItem).status()).isEqualTo(404);

    ApiServer.Response again = tenant.asAdmin("POST", confirm, null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("confirmed already");
  }

  @Test
  void an_action_only_an_admin_may_run_is_refused_to_a_concierge_and_waits_for_an_admin() {
    String category =
        tenant.asAdmin("POST", "/api/v1/date-categories", json("category_name", "Obsolete")).id();
    // the admins let the reminder agent ask for a category's delete, which only admins may run
    ApiServer.Response widened =
        tenant.asAdmin(
            "PUT",
            "/api/v1/agents/reminder_management",
            json("tools", List.of("listDateCategories", "deleteDateCategory")));
    assertThat(widened.status()).as(widened.toString()).isEqualTo(200);
    routesTo("reminder_management");
    fake.answersToolCalls(
        AGENT_MODEL, toolUse("toolu_01", "deleteDateCategory", json("category_id", category)));
    fake.answersText(AGENT_MODEL, "Confirm and the category goes.");
    JsonNode answer =
        chat(tenant.adminKey(), json("person_id", sarah, "message", "Drop the Obsolete category"))
            .json();
    String confirm =
        "/api/v1/agents/actions/"
            + only(answer.get("actions")).get("action_id").asText()
            + "/confirm";

    ApiServer.Response byConcierge = tenant.post(confirm, null);

    assertThat(byConcierge.status()).isEqualTo(403);
    assertThat(byConcierge.json().get("detail").asText()).contains("deleteDateCategory");
    assertThat(tenant.get("/api/v1/date-categories/" + category).status()).isEqualTo(200);
    ApiServer.Response byAdmin = tenant.asAdmin("POST", confirm, null);
    assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
    assertThat(tenant.get("/api/v1/date-categories/" + category).status()).isEqualTo(404);
  }

  @Test
  void neither_the_chat_nor_a_confirmation_is_a_tool_so_a_model_never_starts_a_run_or_confirms() {
    List<String> offered =
        ApiServer.agentTools(ApiServer.caller(tenant.adminKey()), Confinement.NONE).names();

    assertThat(offered)
        .contains("createDateItem", "deleteDateItem")
        .doesNotContain("chatWithAssistant", "confirmAgentAction");
  }

  @Test
  void an_unknown_action_is_not_found() {
    ApiServer.Response unknown =
        tenant.post("/api/v1/agents/actions/" + UUID.randomUUID() + "/confirm", null);

    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void a_chat_about_another_organizations_person_is_not_found_and_stores_nothing() {
    ApiServer.Tenant other = ApiServer.newTenant();
    String theirs = other.person("Tom Baker");
    int requestsBefore = fake.received().size();

    ApiServer.Response refused =
        chat(tenant.conciergeKey(), json("person_id", theirs, "message", ASKED));

    assertThat(refused.status()).isEqualTo(404);
    assertThat(other.get("/api/v1/conversations?person_id=" + theirs).json()).isEmpty();
    assertThat(tenant.get("/api/v1/agent-runs").json()).isEmpty();
    assertThat(fake.received()).hasSize(requestsBefore);
  }

  @Test
  void every_run_is_counted_by_agent_and_status_with_its_tokens_and_time_in_the_metrics()
      throws Exception {
    routesTo("retrieval");
    fake.answersText(AGENT_MODEL, "Nothing is coming up this month.");
    chat(tenant.conciergeKey(), json("person_id", sarah, "message", "What is coming up?"));

    Scrape scrape =
        new Scrape(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + served.port() + "/metrics"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());

    assertThat(
            scrape.value("concierge_agent_runs_total", "agent", "retrieval", "status", "succeeded"))
        .contains(1.0);
    // the router's reply and the agent's, each 212 tokens in and 87 out as the fake reports
    assertThat(scrape.value("concierge_agent_tokens_total", "agent", "retrieval", "type", "input"))
        .contains(424.0);
    assertThat(scrape.value("concierge_agent_tokens_total", "agent", "retrieval", "type", "output"))
        .contains(174.0);
    assertThat(scrape.value("concierge_agent_run_seconds_count", "agent", "retrieval"))
        .contains(1.0);
  }

  private void routesTo(String agent) {
    fake.answersToolCalls(ROUTER_MODEL, FakeAnthropic.routeTo(agent));
  }

  /** A chat to the server whose assistant runs on the fake. */
  private ApiServer.Response chat(String key, String body) {
    return ApiServer.sendTo(served.port(), "POST", CHAT, key, body);
  }

  /** The problem says where the chat is kept: the message is there, and the run is logged. */
  private void assertKeptAndLoggedFailed(ApiServer.Response problem, String detail) {
    String conversation = problem.json().get("conversation_id").asText();
    JsonNode messages = tenant.get("/api/v1/conversations/" + conversation + "/messages").json();
    assertThat(contents(messages)).containsExactly(ASKED);
    JsonNode run = tenant.get("/api/v1/agent-runs/" + problem.json().get("run_id").asText()).json();
    assertThat(run.get("status").asText()).isEqualTo("failed");
    assertThat(run.get("detail").asText()).contains(detail);
    assertThat(run.get("conversation_id").asText()).isEqualTo(conversation);
  }

  private List<FakeAnthropic.Received> lastRequests(int count) {
    List<FakeAnthropic.Received> all = fake.received();
    return all.subList(all.size() - count, all.size());
  }

  private static List<String> contents(JsonNode messages) {
    return field(messages, "content");
  }

  private static List<String> field(JsonNode items, String name) {
    List<String> values = new ArrayList<>();
    items.forEach(item -> values.add(item.path(name).asText()));
    return values;
  }

  private static JsonNode only(JsonNode array) {
    assertThat(array).hasSize(1);
    return array.get(0);
  }
}
