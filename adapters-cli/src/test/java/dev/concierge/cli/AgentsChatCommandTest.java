package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.claude.FakeAnthropic;
import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.library.Concierge;
import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code agents chat}, {@code agents runs} and {@code agents run} on a database of their own, the
 * assistant on the real SDK against the fake Messages API.
 */
class AgentsChatCommandTest {
  private static final String ROUTER = "claude-haiku-4-5";
  private static final String MODEL = "claude-sonnet-4-5";
  private static final Pattern RUN_LINE = Pattern.compile("run ([0-9a-f-]{36});");

  private FakeAnthropic fake;
  private PostgresDatabase database;
  private Concierge concierge;
  private Map<String, String> env;
  private UUID org;
  private UUID sarah;

  @BeforeEach
  void start() throws IOException {
    fake = FakeAnthropic.start();
    DatabaseUrl url = SharedPostgres.freshDatabase();
    database = PostgresDatabase.open(url, PoolSettings.DEFAULT);
    concierge = Concierge.builder().database(database).migrate(false).build();
    org = TestOrganizations.create(database.jdbi(), "Chat org");
    sarah =
        concierge
            .persons()
            .create(
                Caller.operator(org, "test"),
                NewPerson.client("Sarah Chen", ZoneId.of("America/New_York")))
            .personId();
    env = new HashMap<>();
    env.put("DATABASE_URL", url.jdbcUrl() + "?user=postgres");
    env.put("ANTHROPIC_API_KEY", "sk-ant-api03-cli-chat");
    env.put("ANTHROPIC_MODEL", MODEL);
    env.put("ANTHROPIC_ROUTER_MODEL", ROUTER);
    env.put("ANTHROPIC_BASE_URL", fake.baseUrl());
  }

  @AfterEach
  void stop() {
    concierge.close();
    database.close();
    fake.close();
  }

  @Test
  void a_chat_prints_the_reply_agent_and_actions_and_its_run_is_listed_and_shown() {
    fake.answersToolCalls(ROUTER, FakeAnthropic.routeTo("reminder_management"))
        .answersToolCalls(
            MODEL,
            FakeAnthropic.toolUse(
                "toolu_1",
                "createDateItem",
                JsonTree.write(
                    Map.of(
                        "person_id",
                        sarah.toString(),
                        "title",
                        "Sarah's birthday",
                        "date_value",
                        "1984-03-15",
                        "recurrence_rule",
                        "FREQ=YEARLY",
                        "reminder_rules",
                        List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 14))))))
        .answersText(MODEL, "Done: her birthday every 15 March, reminded two weeks before.");

    Run chat =
        run(
            env,
            "agents",
            "chat",
            "--org",
            org.toString(),
            "--person",
            sarah.toString(),
            "Remind me two weeks before Sarah's birthday on March 15");

    assertThat(chat.code()).as(chat.err()).isZero();
    DateItemDetails created =
        only(
            concierge
                .dateItems()
                .list(Caller.operator(org, "test"), sarah, null, false, PageRequest.of(0, 10))
                .items());
    assertThat(created.item().recurrenceRule()).isEqualTo("FREQ=YEARLY");
    assertThat(created.reminders()).extracting("leadTimeDays").containsExactly(14);
    assertThat(chat.out())
        .startsWith("Done: her birthday every 15 March, reminded two weeks before.\n\n")
        .contains("agent reminder_management, succeeded; run ")
        .containsPattern(
            "OPERATION\\s+STATUS\\s+ENTITY\\s+ACTION\ncreateDateItem\\s+succeeded\\s+"
                + created.item().dateItemId()
                + "\\s+-");
    String run = runOf(chat);

    Run runs = run(env, "agents", "runs", "--org", org.toString(), "--status", "succeeded");
    assertThat(runs.code()).as(runs.err()).isZero();
    assertThat(runs.out())
        .startsWith("STARTED")
        .contains(run + "  reminder_management  succeeded")
        .contains("Remind me two weeks before Sarah's birthday on March 15")
        .endsWith("1 of 1 run(s)\n");

    Run shown = run(env, "agents", "run", "--org", org.toString(), run);
    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(shown.out())
        .contains("source       cli")
        .contains("caller       cli - \"concierge-admin agents chat\" (admin)")
        .contains("routing")
        .containsPattern("tool_call\\s+createDateItem\\s+succeeded")
        .contains("\"title\":\"Sarah's birthday\"")
        .contains("-> " + created.item().dateItemId());
  }

  @Test
  void without_an_api_key_the_chat_exits_2_naming_it_and_asks_nothing() {
    env.remove("ANTHROPIC_API_KEY");

    Run chat = run(env, "agents", "chat", "--person", sarah.toString(), "Hello");

    assertThat(chat.code()).isEqualTo(2);
    assertThat(chat.err()).startsWith("error: ").contains("ANTHROPIC_API_KEY");
    assertThat(chat.err().lines()).hasSize(1);
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void an_overloaded_model_is_one_error_line_saying_where_the_message_is_kept_and_exit_1() {
    // the SDK tries three times in all
    for (int i = 0; i < 3; i++) {
      fake.answersError(529, "overloaded_error", "Overloaded", "0");
    }

    Run chat =
        run(env, "agents", "chat", "--org", org.toString(), "--person", sarah.toString(), "Hi");

    assertThat(chat.code()).isEqualTo(1);
    assertThat(chat.err().lines()).hasSize(1);
    assertThat(chat.err())
        .startsWith("error: ")
        .contains("529")
        .contains("the message is kept in conversation");
    Run failed = run(env, "agents", "runs", "--org", org.toString(), "--status", "failed");
    assertThat(failed.out()).contains("failed").endsWith("1 of 1 run(s)\n");
  }

  @Test
  void a_person_of_another_organization_is_not_found_and_unknown_filters_are_invalid() {
    Run elsewhere = run(env, "agents", "chat", "--person", sarah.toString(), "Hello");
    Run badStatus = run(env, "agents", "runs", "--status", "done");
    Run badAgent = run(env, "agents", "runs", "--agent", "butler");

    assertThat(elsewhere.code()).isEqualTo(1);
    assertThat(elsewhere.err()).startsWith("error: person " + sarah + " not found");
    assertThat(badStatus.code()).isEqualTo(2);
    assertThat(badStatus.err()).contains("status: must be one of succeeded");
    assertThat(badAgent.code()).isEqualTo(2);
    assertThat(fake.received()).isEmpty();
  }

  private static String runOf(Run chat) {
    Matcher matcher = RUN_LINE.matcher(chat.out());
    assertThat(matcher.find()).as(chat.out()).isTrue();
    return matcher.group(1);
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
