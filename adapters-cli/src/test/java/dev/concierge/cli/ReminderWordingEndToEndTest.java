package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.claude.FakeAnthropic;
import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.reminders.delivery.ReminderTemplate;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders worded by each organization's reminder agent as its admins set it up over the API,
 * dispatched by {@code reminders dispatch} on the real SDK against the fake Messages API.
 */
class ReminderWordingEndToEndTest {
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String BUTLER =
      "You are the household's butler. Word each reminder in two formal sentences.";

  private FakeAnthropic fake;
  private PostgresDatabase database;
  private RunningService service;
  private Map<String, String> env;
  private TestApi ours;
  private TestApi theirs;

  @BeforeEach
  void start() throws IOException {
    fake = FakeAnthropic.start();
    DatabaseUrl url = SharedPostgres.freshDatabase();
    database = PostgresDatabase.open(url, PoolSettings.DEFAULT);
    service = TestServices.startOn(database);
    UUID other = TestOrganizations.create(database.jdbi(), "Another household office");
    ours = new TestApi(service.port(), adminKeyOf(Organization.DEFAULT_ID));
    theirs = new TestApi(service.port(), adminKeyOf(other));
    env =
        Map.of(
            "DATABASE_URL",
            url.jdbcUrl() + "?user=postgres",
            "ANTHROPIC_API_KEY",
            "sk-ant-api03-wording-end-to-end",
            "ANTHROPIC_MODEL",
            MODEL,
            "ANTHROPIC_BASE_URL",
            fake.baseUrl());
  }

  @AfterEach
  void stop() {
    service.close();
    database.close();
    fake.close();
  }

  @Test
  void an_admins_system_prompt_words_that_organizations_reminders_and_no_one_elses() {
    ours.put("/api/v1/agents/reminder", Map.of("system_prompt", BUTLER));
    String adas = dueReminder(ours, "Ada Lovelace");
    dueReminder(theirs, "Grace Hopper");
    fake.answersText(MODEL, "A reminder\n\nIt is time.")
        .answersText(MODEL, "A reminder\n\nIt is time.");

    Run dispatched = run(env, "reminders", "dispatch", "--until-idle");

    assertThat(dispatched.out()).as(dispatched.err()).startsWith("dispatched=2 failed=0");
    assertThat(systemPromptFor("Ada Lovelace")).isEqualTo(BUTLER);
    assertThat(systemPromptFor("Grace Hopper")).isEqualTo(AgentPrompts.system(AgentName.REMINDER));
    assertThat(
            ours.get("/api/v1/reminders/" + adas + "/history").get(0).get("composed_by").asText())
        .isNotEqualTo(ReminderTemplate.COMPOSED_BY);
  }

  @Test
  void a_disabled_reminder_agent_leaves_the_wording_to_the_template_and_claude_is_not_asked() {
    ours.put("/api/v1/agents/reminder", Map.of("enabled", false));
    String adas = dueReminder(ours, "Ada Lovelace");

    Run dispatched = run(env, "reminders", "dispatch", "--until-idle");

    assertThat(dispatched.out()).as(dispatched.err()).startsWith("dispatched=1 failed=0");
    assertThat(fake.received()).isEmpty();
    JsonNode delivery = ours.get("/api/v1/reminders/" + adas + "/history").get(0);
    assertThat(delivery.get("composed_by").asText()).isEqualTo(ReminderTemplate.COMPOSED_BY);
    assertThat(delivery.get("rendered_message").asText()).contains("Hi Ada Lovelace");
  }

  private String adminKeyOf(UUID org) {
    return service.apiKeys().issue(org, ApiRole.ADMIN, "wording", "test").secret();
  }

  /** A client of the key's organization with a reminder due a minute ago, by email. */
  private static String dueReminder(TestApi api, String name) {
    String person =
        api.client(name, "email", name.toLowerCase().replace(' ', '.') + "@example.test");
    return api.post(
            "/api/v1/reminders",
            Map.of(
                "person_id",
                person,
                "reminder_type",
                "scheduled",
                "scheduled_datetime",
                Instant.now().minusSeconds(60).toString(),
                "channel_type",
                "email"))
        .get("reminder_rule_id")
        .asText();
  }

  /** The system prompt of the one request that asked for a reminder to {@code client}. */
  @SuppressWarnings("unchecked")
  private String systemPromptFor(String client) {
    List<FakeAnthropic.Received> asked =
        fake.received().stream().filter(request -> request.body().contains(client)).toList();
    assertThat(asked).hasSize(1);
    List<Map<String, Object>> system =
        (List<Map<String, Object>>) asked.get(0).json().get("system");
    return (String) system.get(0).get("text");
  }
}
