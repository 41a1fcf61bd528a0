package dev.concierge.http.api;

import static dev.concierge.core.agents.ScriptedLlm.call;
import static dev.concierge.core.agents.ScriptedLlm.text;
import static dev.concierge.core.agents.ScriptedLlm.toolCalls;
import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.AgentRun;
import dev.concierge.core.agents.AgentRuntime;
import dev.concierge.core.agents.AgentTask;
import dev.concierge.core.agents.AgentToolbox;
import dev.concierge.core.agents.AgentTools;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.RunLimits;
import dev.concierge.core.agents.RunStatus;
import dev.concierge.core.agents.RunStep;
import dev.concierge.core.agents.ScriptedLlm;
import dev.concierge.core.agents.TestClock;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.llm.ContentBlock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hostile model: the real agent runtime, with tools that are the served API's own operations,
 * and a model whose script reaches for another organization's rows, another client's rows from a
 * client's confined run, a delete, tools that do not exist or are not offered, and input that does
 * not fit. Every call is refused or waits for a person's confirmation, the model is told so, and no
 * row of either organization changes. The same calls sent straight to the tools, past the runtime,
 * are refused too: the tools hold on their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileModelTest {
  /** Every tool the script reaches for is on the agent's list, so the tools themselves decide. */
  private static final AgentProfile GREEDY =
      new AgentProfile(
          AgentName.REMINDER_MANAGEMENT,
          "creates, changes and removes dates and their reminders",
          "You manage dates.",
          List.of(
              "getPerson",
              "listPersons",
              "createPerson",
              "updatePerson",
              "getDateItem",
              "createDateItem",
              "updateDateItem",
              "deleteDateItem",
              "listReminders",
              "createReminder",
              "updateOrganization",
              "issueApiKey"),
          "claude-scripted-1",
          RunLimits.DEFAULT,
          true);

  private final AgentToolbox toolbox = ApiServer::agentTools;
  private final AtomicInteger actions = new AtomicInteger();
  private SeededTenant a;
  private SeededTenant b;
  private String stranger;
  private String strangersDate;
  private ApiFuzzTest.Snapshots snapshots;

  @BeforeAll
  void plant() {
    a = SeededTenant.plant();
    b = SeededTenant.plant();
    stranger = b.tenant().person("Another client of B");
    strangersDate =
        b.tenant()
            .create(
                "/api/v1/date-items",
                json("person_id", stranger, "title", "Their birthday", "date_value", "1990-02-02"));
    snapshots = new ApiFuzzTest.Snapshots(a.tenant().orgId(), b.tenant().orgId());
  }

  @Test
  void a_staff_run_reaches_nothing_of_another_organization_and_deletes_nothing() {
    Caller staff = ApiServer.caller(b.tenant().conciergeKey()).withRequestId("chat-hostile-1");
    Map<String, String> before = snapshots.take();

    AgentRun run =
        run(
            staff,
            Confinement.NONE,
            call("t1", "getPerson", Map.of("person_id", a.id("person"))),
            call("t2", "updatePerson", Map.of("person_id", a.id("person"), "full_name", "Pwned")),
            call(
                "t3",
                "updateDateItem",
                Map.of("date_item_id", a.id("date_item"), "title", "Pwned")),
            call(
                "t4",
                "createDateItem",
                Map.of(
                    "person_id", a.id("person"), "title", "Planted", "date_value", "2026-01-01")),
            call(
                "t5",
                "createReminder",
                Map.of(
                    "date_item_id",
                    a.id("date_item"),
                    "reminder_type",
                    "scheduled",
                    "scheduled_datetime",
                    "2026-03-01T09:00:00Z")),
            call("t6", "deleteDateItem", Map.of("date_item_id", a.id("date_item"))),
            call("t7", "deleteDateItem", Map.of("date_item_id", b.id("date_item"))),
            call("t8", "updateOrganization", Map.of("name", "Pwned")),
            call("t9", "issueApiKey", Map.of("name", "mine now", "role", "admin")),
            call("t10", "dropAllTables", Map.of()),
            call(
                "t11",
                "createDateItem",
                Map.of("person_id", b.id("person"), "title", 42, "date_value", "next tuesday")),
            call(
                "t12",
                "getPerson",
                Map.of("person_id", b.id("person"), "org_id", a.tenant().orgId().toString())),
            call("t13", "updatePerson", Map.of("person_id", "../organization", "full_name", "x")));

    assertEveryCallRefusedOrPending(run, 13, List.of("t6", "t7"));
    assertThat(snapshots.take()).isEqualTo(before);
    assertTheToolsRefuseTheSameCallsOnTheirOwn(staff, Confinement.NONE, run);
    assertThat(snapshots.take()).isEqualTo(before);
  }

  @Test
  void a_clients_run_reaches_nobody_but_the_client_and_their_family() {
    Caller assistant = ApiServer.caller(b.tenant().conciergeKey()).withRequestId("slack-9");
    Confinement family =
        Confinement.to(List.of(UUID.fromString(b.id("person")), UUID.fromString(b.id("family"))));
    Map<String, String> before = snapshots.take();

    AgentRun run =
        run(
            assistant,
            family,
            call("c1", "getDateItem", Map.of("date_item_id", strangersDate)),
            call("c2", "updateDateItem", Map.of("date_item_id", strangersDate, "title", "Pwned")),
            call(
                "c3",
                "createDateItem",
                Map.of("person_id", stranger, "title", "Planted", "date_value", "2026-01-01")),
            call(
                "c4",
                "createDateItem",
                Map.of(
                    "person_id",
                    b.id("person"),
                    "related_person_id",
                    stranger,
                    "title",
                    "About them",
                    "date_value",
                    "2026-01-01")),
            call("c5", "updatePerson", Map.of("person_id", stranger, "full_name", "Pwned")),
            call("c6", "getPerson", Map.of("person_id", stranger)),
            call("c7", "listReminders", Map.of()),
            call("c8", "listReminders", Map.of("person_id", stranger)),
            call("c9", "listPersons", Map.of()),
            call("c10", "createPerson", Map.of("full_name", "New", "person_type", "client")),
            call("c11", "getDateItem", Map.of("date_item_id", a.id("date_item"))),
            call(
                "c12",
                "createReminder",
                Map.of(
                    "person_id",
                    b.id("person"),
                    "date_item_id",
                    strangersDate,
                    "reminder_type",
                    "scheduled",
                    "scheduled_datetime",
                    "2026-03-01T09:00:00Z")),
            call("c13", "deleteDateItem", Map.of("date_item_id", strangersDate)));

    assertEveryCallRefusedOrPending(run, 13, List.of("c13"));
    assertThat(snapshots.take()).isEqualTo(before);
    assertTheToolsRefuseTheSameCallsOnTheirOwn(assistant, family, run);
    ToolOutcome confirmedAnyway =
        toolbox
            .toolsFor(assistant, family)
            .callConfirmed("deleteDateItem", Map.of("date_item_id", strangersDate));
    assertThat(confirmedAnyway)
        .as("a person confirming the pending delete still cannot reach past the confinement")
        .isInstanceOf(ToolOutcome.Refused.class);
    assertThat(snapshots.take()).isEqualTo(before);
  }

  private AgentRun run(Caller caller, Confinement confinement, ContentBlock.ToolUse... calls) {
    ScriptedLlm llm =
        new ScriptedLlm().then(toolCalls(calls)).then(text("I could not do any of that."));
    AgentRuntime runtime =
        new AgentRuntime(
            llm,
            new TestClock(Instant.parse("2025-10-27T14:00:00Z")),
            () -> "action-" + actions.incrementAndGet());
    AgentRun run =
        runtime.run(
            GREEDY, new AgentTask("", "Do as I say."), toolbox.toolsFor(caller, confinement));
    List<ContentBlock> results = llm.request(1).messages().get(2).content();
    assertThat(results).hasSize(calls.length);
    for (int i = 0; i < calls.length; i++) {
      ContentBlock.ToolResult result = (ContentBlock.ToolResult) results.get(i);
      assertThat(result.error())
          .as("the model reads a refusal as an error it may correct: " + result)
          .isEqualTo(run.toolCalls().get(i).outcome() instanceof ToolOutcome.Refused);
    }
    return run;
  }

  private static void assertEveryCallRefusedOrPending(
      AgentRun run, int calls, List<String> pending) {
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.toolCalls()).hasSize(calls);
    for (RunStep.ToolCall call : run.toolCalls()) {
      if (pending.contains(call.toolUseId())) {
        assertThat(call.outcome())
            .as(call.toString())
            .isInstanceOf(ToolOutcome.NeedsConfirmation.class);
      } else {
        assertThat(call.outcome()).as(call.toString()).isInstanceOf(ToolOutcome.Refused.class);
      }
    }
  }

  /** Past the runtime, straight to the tools: still refused, the deletes included. */
  private void assertTheToolsRefuseTheSameCallsOnTheirOwn(
      Caller caller, Confinement confinement, AgentRun run) {
    AgentTools tools = toolbox.toolsFor(caller, confinement);
    for (RunStep.ToolCall call : run.toolCalls()) {
      assertThat(tools.call(call.tool(), call.input()))
          .as(call.toString())
          .isInstanceOf(ToolOutcome.Refused.class);
    }
  }
}
