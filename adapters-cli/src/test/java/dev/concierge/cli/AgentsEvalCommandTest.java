package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.claude.FakeAnthropic;
import dev.concierge.cli.ConciergeAdminTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agents eval} on the real SDK against the fake Messages API, scripted for a file of three
 * cases run one after the other: routing, then the reminder-management agent's calls for the case
 * that expects a date.
 */
class AgentsEvalCommandTest {
  private static final String ROUTER = "claude-haiku-4-5";
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String EVAL_SET =
      """
      today: 2027-01-11
      client:
        name: Sarah Chen
        preferred_name: Sarah
        timezone: America/New_York
        relations:
          - {name: Linda Chen, relation: mother, birthday: 1958-03-15}
      cases:
        - message: "Remind me two weeks before Mom's birthday on March 15"
          agent: reminder_management
          expect: {date: 2027-03-15, rrule: FREQ=YEARLY, lead_days: [14]}
        - message: "What's coming up for me this month?"
          agent: retrieval
        - message: "By the way, I've gone vegetarian"
          agent: data_capture
      """;

  @TempDir Path dir;
  private FakeAnthropic fake;
  private Path file;

  @BeforeEach
  void start() throws IOException {
    fake = FakeAnthropic.start();
    file = Files.writeString(dir.resolve("eval.yaml"), EVAL_SET);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void routing_and_extraction_accuracy_are_printed_per_agent_with_every_failure() {
    scriptThreeCases(14);

    Run eval = eval("--parallel", "1");

    assertThat(eval.code()).isZero();
    assertThat(eval.out())
        .contains(
            """
            Routing (claude-haiku-4-5):
            AGENT                CASES  CORRECT  ACCURACY
            reminder_management      1        1  100.0%
            retrieval                1        1  100.0%
            data_capture             1        0  0.0%
            all                      3        2  66.7%

            Extraction (reminder_management, claude-sonnet-4-5):
            CASES  CORRECT  ACCURACY
                1        1  100.0%

            Failures:
            #3 "By the way, I've gone vegetarian": routed to recommendation, expected data_capture
            """);
    assertThat(eval.err()).contains("[1/3] #1 ok", "[3/3] #3 failed");
  }

  @Test
  void the_router_and_the_agent_are_asked_as_the_service_asks_them_with_the_clients_context() {
    scriptThreeCases(14);

    eval("--parallel", "1");

    List<FakeAnthropic.Received> requests = fake.received();
    assertThat(requests).hasSize(5);
    Map<String, Object> routing = requests.get(0).json();
    assertThat(routing).containsEntry("model", ROUTER);
    assertThat(routing.get("tool_choice"))
        .isEqualTo(Map.of("type", "tool", "name", "route_to_agent"));
    assertThat(((List<?>) routing.get("system")).get(1).toString())
        .contains(
            "today: Monday 2027-01-11 in that zone",
            "\"Linda Chen\"",
            "birthday 1958-03-15) is the \"mother\" of \"Sarah Chen\"",
            "\"Birthday\": category_id 00000000-0000-0000-0001-000000000001");
    Map<String, Object> agent = requests.get(1).json();
    assertThat(agent).containsEntry("model", MODEL);
    List<String> offered =
        ((List<?>) agent.get("tools"))
            .stream().map(tool -> String.valueOf(((Map<?, ?>) tool).get("name"))).toList();
    assertThat(offered).contains("createDateItem", "createReminder", "listDateCategories");
    assertThat(requests.get(2).body()).contains("\"tool_result\"", "date_item_id");
  }

  @Test
  void a_date_item_unlike_the_expectation_fails_extraction_with_what_differs() {
    scriptThreeCases(7);

    Run eval = eval("--parallel", "1");

    assertThat(eval.code()).isZero();
    assertThat(eval.out())
        .contains("    1        0  0.0%")
        .contains(
            "#1 \"Remind me two weeks before Mom's birthday on March 15\": extraction:"
                + " lead days: expected [14], got [7]");
  }

  @Test
  void json_gives_the_scores_and_every_case() throws IOException {
    scriptThreeCases(14);

    Run eval = eval("--parallel", "1", "--json");

    JsonNode report = new ObjectMapper().readTree(eval.out());
    assertThat(report.at("/routing/model").asText()).isEqualTo(ROUTER);
    assertThat(report.at("/routing/correct").asInt()).isEqualTo(2);
    assertThat(report.at("/routing/agents/data_capture/accuracy").asDouble()).isZero();
    assertThat(report.at("/extraction/accuracy").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/cases/2/routed_to").asText()).isEqualTo("recommendation");
    assertThat(report.at("/cases/0/extraction/passed").asBoolean()).isTrue();
  }

  @Test
  void without_a_key_it_says_which_variable_to_set_and_calls_nothing() {
    Run eval = run(Map.of(), "agents", "eval", file.toString());

    assertThat(eval.code()).isEqualTo(2);
    assertThat(eval.err()).startsWith("error: ").contains("ANTHROPIC_API_KEY");
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void a_file_that_is_no_eval_set_is_invalid_input() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "today: 2027-01-11\ncases: []\n");

    Run missing = eval(dir.resolve("nowhere.yaml"));
    Run invalid = eval(broken);

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.yaml does not exist");
    assertThat(invalid.code()).isEqualTo(2);
    assertThat(invalid.err()).contains("broken.yaml is not an eval set");
  }

  @Test
  void the_agents_group_names_its_subcommands() {
    Run group = run(Map.of(), "agents");

    assertThat(group.code()).isEqualTo(2);
    assertThat(group.err()).contains("Missing subcommand: chat, runs, run or eval.");
  }

  /** Case 1 routed right and extracted with these lead days, 2 right, 3 to the wrong agent. */
  private void scriptThreeCases(int leadDays) {
    fake.answersToolCalls(ROUTER, FakeAnthropic.routeTo("reminder_management"))
        .answersToolCalls(
            MODEL,
            FakeAnthropic.toolUse(
                "toolu_1",
                "createDateItem",
                """
                {"person_id":"3f8e2d1c-0000-4000-8000-000000000001","title":"Mom's birthday",\
                "date_value":"1958-03-15","recurrence_rule":"FREQ=YEARLY",\
                "reminder_rules":[{"reminder_type":"lead_time","lead_time_days":%d}]}"""
                    .formatted(leadDays)))
        .answersText(MODEL, "Done: every year on 15 March.")
        .answersToolCalls(ROUTER, FakeAnthropic.routeTo("retrieval"))
        .answersToolCalls(ROUTER, FakeAnthropic.routeTo("recommendation"));
  }

  private Run eval(String... options) {
    String[] args = new String[3 + options.length];
    args[0] = "agents";
    args[1] = "eval";
    args[2] = file.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return run(env(), args);
  }

  private Run eval(Path other) {
    return run(env(), "agents", "eval", other.toString());
  }

  private Map<String, String> env() {
    return Map.of(
        "ANTHROPIC_API_KEY",
        "sk-ant-eval-test",
        "ANTHROPIC_BASE_URL",
        fake.baseUrl(),
        "ANTHROPIC_MODEL",
        MODEL,
        "ANTHROPIC_ROUTER_MODEL",
        ROUTER);
  }
}
