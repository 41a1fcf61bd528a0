package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.claude.FakeAnthropic;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.organization.Organization;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.slack.FakeSlack;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's DM answered by the assistant through the whole service: the real Bolt SDK on Socket
 * Mode against the fake Slack, the real Anthropic SDK against the fake Messages API, and the
 * assistant's tool run in process through the API that {@code serve} binds to it.
 */
class SlackAssistantEndToEndTest {
  private static final String BOT_TOKEN = "xoxb-assistant-end-to-end";
  private static final String APP_TOKEN = "xapp-assistant-end-to-end";
  private static final String ROUTER = "claude-haiku-4-5";
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String ANSWER = "Your mother's birthday is on 15 March.";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private FakeSlack slack;
  private FakeAnthropic claude;
  private PostgresDatabase database;
  private RunningService service;
  private TestApi api;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack(BOT_TOKEN, APP_TOKEN);
    claude = FakeAnthropic.start();
    database = PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
    database.close();
    claude.close();
    slack.close();
  }

  @Test
  void a_clients_dm_is_answered_by_the_assistant_in_its_thread_kept_and_logged_as_a_slack_run() {
    serve(true);
    String sarah = api.client("Sarah Chen", "slack", "U0SARAH");
    api.post(
        "/api/v1/date-items",
        Map.of(
            "person_id", sarah,
            "title", "Mom's birthday",
            "date_value", "1956-03-15",
            "recurrence_rule", "FREQ=YEARLY"));
    claude
        .answersToolCalls(ROUTER, FakeAnthropic.routeTo("retrieval"))
        .answersToolCalls(
            MODEL,
            FakeAnthropic.toolUse(
                "toolu_dates", "listDateItems", JsonTree.write(Map.of("person_id", sarah))))
        .answersText(MODEL, ANSWER);

    String envelope = slack.send("events_api", dm("Ev" + UUID.randomUUID(), "When is Mom's?"));

    await().atMost(PATIENCE).until(() -> !slack.calls("chat.postMessage").isEmpty());
    assertThat(slack.acknowledged(envelope)).isTrue();
    Map<String, String> posted = slack.calls("chat.postMessage").get(0).form();
    assertThat(posted)
        .containsEntry("text", ANSWER)
        .containsEntry("channel", "D0SARAH")
        .containsEntry("thread_ts", "1764000000.000100");
    assertThat(claude.received().get(2).body()).contains("Mom's birthday");
    JsonNode messages = await().atMost(PATIENCE).until(() -> messagesOf(sarah), m -> m.size() == 2);
    assertThat(messages.get(0).get("content").asText()).isEqualTo("When is Mom's?");
    assertThat(messages.get(1).get("content").asText()).isEqualTo(ANSWER);
    assertThat(messages.get(1).get("sender_type").asText()).isEqualTo("agent");
    JsonNode runs = api.get("/api/v1/agent-runs?person_id=" + sarah);
    assertThat(runs).hasSize(1);
    JsonNode run = api.get("/api/v1/agent-runs/" + runs.get(0).get("run_id").asText());
    assertThat(run.get("source").asText()).isEqualTo("slack");
    assertThat(run.get("status").asText()).isEqualTo("succeeded");
    assertThat(run.at("/caller/actor_type").asText()).isEqualTo("agent");
    assertThat(run.at("/caller/actor_role").asText()).isEqualTo("concierge");
    assertThat(messages.get(1).at("/metadata_jsonb/agent_run_id").asText())
        .isEqualTo(runs.get(0).get("run_id").asText());
    JsonNode toolCall = run.get("steps").get(2);
    assertThat(toolCall.get("tool").asText()).isEqualTo("listDateItems");
    assertThat(toolCall.at("/outcome/status").asText()).isEqualTo("succeeded");
  }

  @Test
  void with_the_assistant_off_a_clients_dm_gets_the_staff_will_answer_acknowledgement() {
    serve(false);
    String sarah = api.client("Sarah Chen", "slack", "U0SARAH");

    slack.send("events_api", dm("Ev" + UUID.randomUUID(), "When is Mom's?"));

    await().atMost(PATIENCE).until(() -> !slack.calls("chat.postMessage").isEmpty());
    assertThat(slack.calls("chat.postMessage").get(0).form().get("text"))
        .contains("Sarah Chen")
        .contains("concierge team");
    JsonNode messages = await().atMost(PATIENCE).until(() -> messagesOf(sarah), m -> m.size() == 2);
    assertThat(messages.get(1).get("sender_type").asText()).isEqualTo("system");
    assertThat(claude.received()).isEmpty();
    assertThat(api.get("/api/v1/agent-runs")).isEmpty();
  }

  /** Serves with Socket Mode on the fake Slack, and with the assistant when {@code assistant}. */
  private void serve(boolean assistant) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
    env.put("SLACK_APP_TOKEN", APP_TOKEN);
    env.put("SLACK_API_URL", slack.methodsUrlPrefix());
    if (assistant) {
      env.put("ANTHROPIC_API_KEY", "sk-ant-api03-slack-end-to-end");
      env.put("ANTHROPIC_MODEL", MODEL);
      env.put("ANTHROPIC_ROUTER_MODEL", ROUTER);
      env.put("ANTHROPIC_BASE_URL", claude.baseUrl());
    }
    service = TestServices.startOn(database, env);
    api =
        new TestApi(
            service.port(),
            service
                .apiKeys()
                .issue(Organization.DEFAULT_ID, ApiRole.CONCIERGE, "slack e2e", "test")
                .secret());
    await().atMost(PATIENCE).until(slack::connected);
  }

  private JsonNode messagesOf(String person) {
    JsonNode found = api.get("/api/v1/conversations?person_id=" + person);
    if (found.isEmpty()) {
      return found;
    }
    return api.get(
        "/api/v1/conversations/" + found.get(0).get("conversation_id").asText() + "/messages");
  }

  private static String dm(String eventId, String text) {
    return "{\"token\":\"verification\",\"team_id\":\""
        + FakeSlack.TEAM
        + "\",\"api_app_id\":\"A0FAKE\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
        + "\"channel\":\"D0SARAH\",\"user\":\"U0SARAH\",\"text\":\""
        + text
        + "\",\"ts\":\"1764000000.000100\",\"event_ts\":\"1764000000.000100\"},"
        + "\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1764000000}";
  }
}
