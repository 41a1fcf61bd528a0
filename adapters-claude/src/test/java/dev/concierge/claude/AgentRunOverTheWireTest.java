package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.AgentRuntime;
import dev.concierge.core.agents.AgentTask;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.agents.FakeAgentTools;
import dev.concierge.core.agents.Orchestrator;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.RunStep;
import dev.concierge.core.agents.TestClock;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.FieldError;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator and the runtime on the real SDK against the fake Messages API: what a chat about
 * Mom's birthday sends and receives, round by round.
 */
class AgentRunOverTheWireTest {
  private static final String KEY = "sk-ant-api03-wire-key";
  private static final String SNAPSHOT = "claude-sonnet-4-5-20250929";
  private static final String PERSON = "3f8e2d1c-0000-4000-8000-000000000001";
  private static final String CREATED =
      "{\"date_item_id\":\"d1\",\"next_occurrence\":\"2027-03-15\"}";
  private static final ToolDefinition CREATE_DATE_ITEM =
      new ToolDefinition(
          "createDateItem",
          "Creates a date item with its reminder rules.",
          Map.of(
              "type", "object",
              "required", List.of("person_id", "title", "date_value"),
              "properties",
                  Map.of(
                      "person_id", Map.of("type", "string"),
                      "title", Map.of("type", "string"),
                      "date_value", Map.of("type", "string"),
                      "recurrence_rule", Map.of("type", "string"),
                      "reminder_rules", Map.of("type", "array"))));
  private static final String MOMS_BIRTHDAY =
      "{\"person_id\":\""
          + PERSON
          + "\",\"title\":\"Mom's birthday\",\"date_value\":\"2027-03-15\","
          + "\"recurrence_rule\":\"FREQ=YEARLY\","
          + "\"reminder_rules\":[{\"reminder_type\":\"lead_time\",\"lead_time_days\":14}]}";
  private static final AgentTask TASK =
      new AgentTask(
          "Person: Ada (" + PERSON + "), zone Europe/Berlin, today 2026-03-20",
          "Remind me two weeks before Mom's birthday on March 15");

  private final TestClock clock = new TestClock(Instant.parse("2026-03-20T08:00:00Z"));
  private FakeAnthropic fake;
  private ClaudeLlm claude;
  private Orchestrator orchestrator;

  @BeforeEach
  void start() throws IOException {
    fake = FakeAnthropic.start();
    claude =
        new ClaudeLlm(
            new ClaudeSettings(KEY, "claude-sonnet-4-5", "claude-haiku-4-5", fake.baseUrl()),
            Duration.ofSeconds(10),
            0,
            new RecordingSleeper());
    orchestrator =
        new Orchestrator(
            claude,
            new AgentRuntime(claude, clock),
            clock,
            "claude-haiku-4-5",
            AgentPrompts.routing());
  }

  @AfterEach
  void stop() {
    claude.close();
    fake.close();
  }

  @Test
  void a_routed_tool_round_creates_the_date_and_answers_the_models_final_text() {
    fake.answersToolCalls(
            "claude-haiku-4-5-20251001",
            FakeAnthropic.toolUse(
                "toolu_route",
                "route_to_agent",
                "{\"agent\":\"reminder_management\",\"reason\":\"A birthday reminder.\"}"))
        .answersToolCalls(
            SNAPSHOT, FakeAnthropic.toolUse("toolu_1", "createDateItem", MOMS_BIRTHDAY))
        .answersText(SNAPSHOT, "Done: every year on 15 March, reminded 14 days before at 9:00.");
    FakeAgentTools tools =
        new FakeAgentTools()
            .add(CREATE_DATE_ITEM, input -> new ToolOutcome.Succeeded(CREATED, "d1"));

    AgentRun run = orchestrator.run(DefaultRoster.profiles("claude-sonnet-4-5"), TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.agent()).isEqualTo(AgentName.REMINDER_MANAGEMENT);
    assertThat(run.reply())
        .isEqualTo("Done: every year on 15 March, reminded 14 days before at 9:00.");
    assertThat(tools.calls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.tool()).isEqualTo("createDateItem");
              assertThat(call.input()).containsEntry("recurrence_rule", "FREQ=YEARLY");
            });
    assertThat(run.steps())
        .hasExactlyElementsOfTypes(
            RunStep.Routed.class,
            RunStep.ModelCall.class,
            RunStep.ToolCall.class,
            RunStep.ModelCall.class);
    assertThat(run.usage()).isEqualTo(new TokenUsage(3 * 212, 3 * 87, 3 * 1800, 3 * 300));

    List<FakeAnthropic.Received> requests = fake.received();
    assertThat(requests).hasSize(3);
    Map<String, Object> routing = requests.get(0).json();
    assertThat(routing).containsEntry("model", "claude-haiku-4-5");
    assertThat(routing.get("tool_choice"))
        .isEqualTo(Map.of("type", "tool", "name", "route_to_agent"));
    Map<String, Object> agent = requests.get(1).json();
    assertThat(agent).containsEntry("model", "claude-sonnet-4-5");
    assertThat((List<?>) agent.get("system"))
        .allSatisfy(
            block ->
                assertThat(object(block))
                    .containsEntry("cache_control", Map.of("type", "ephemeral")));
    List<?> offered = (List<?>) agent.get("tools");
    assertThat(offered).hasSize(1);
    assertThat(object(offered.get(0))).containsEntry("cache_control", Map.of("type", "ephemeral"));
    List<?> messages = (List<?>) requests.get(2).json().get("messages");
    assertThat(messages).hasSize(3);
    assertThat(((Map<?, ?>) messages.get(2)).get("content"))
        .isEqualTo(
            List.of(
                Map.of(
                    "type",
                    "tool_result",
                    "tool_use_id",
                    "toolu_1",
                    "content",
                    CREATED,
                    "is_error",
                    false)));
  }

  @Test
  void a_refused_call_reaches_the_model_as_an_error_result_it_can_correct() {
    fake.answersToolCalls(
            SNAPSHOT,
            FakeAnthropic.toolUse(
                "toolu_route",
                "route_to_agent",
                "{\"agent\":\"reminder_management\",\"reason\":\"r\"}"))
        .answersToolCalls(
            SNAPSHOT,
            FakeAnthropic.toolUse(
                "toolu_1", "createDateItem", MOMS_BIRTHDAY.replace("FREQ=YEARLY", "YEARLY")),
            FakeAnthropic.toolUse(
                "toolu_2", "createDateItem", "{\"person_id\":\"" + PERSON + "\"}"))
        .answersToolCalls(
            SNAPSHOT, FakeAnthropic.toolUse("toolu_3", "createDateItem", MOMS_BIRTHDAY))
        .answersText(SNAPSHOT, "Set, after a correction.");
    FakeAgentTools tools =
        new FakeAgentTools()
            .add(
                CREATE_DATE_ITEM,
                input ->
                    "FREQ=YEARLY".equals(input.get("recurrence_rule"))
                        ? ToolOutcome.succeeded(CREATED)
                        : ToolOutcome.refused(
                            "Invalid input",
                            List.of(new FieldError("recurrence_rule", "must start with FREQ="))));

    AgentRun run = orchestrator.run(DefaultRoster.profiles("claude-sonnet-4-5"), TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    List<?> messages = (List<?>) fake.received().get(2).json().get("messages");
    List<?> results = (List<?>) ((Map<?, ?>) messages.get(2)).get("content");
    assertThat(results).hasSize(2);
    assertThat(object(results.get(0)))
        .containsEntry("tool_use_id", "toolu_1")
        .containsEntry("is_error", true)
        .hasEntrySatisfying(
            "content", content -> assertThat((String) content).contains("must start with FREQ="));
    assertThat(object(results.get(1)))
        .containsEntry("tool_use_id", "toolu_2")
        .containsEntry("is_error", true)
        .hasEntrySatisfying(
            "content",
            content ->
                assertThat((String) content)
                    .contains("{\"field\":\"title\",\"message\":\"is required\"}"));
    assertThat(tools.calls()).hasSize(2);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }
}
