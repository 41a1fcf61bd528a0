package dev.concierge.core.agents;

import static dev.concierge.core.agents.ScriptedLlm.call;
import static dev.concierge.core.agents.ScriptedLlm.reply;
import static dev.concierge.core.agents.ScriptedLlm.text;
import static dev.concierge.core.agents.ScriptedLlm.toolCalls;
import static dev.concierge.core.agents.TestTools.CREATE_DATE_ITEM;
import static dev.concierge.core.agents.TestTools.DATE_ITEM;
import static dev.concierge.core.agents.TestTools.DELETE_DATE_ITEM;
import static dev.concierge.core.agents.TestTools.LIST_DATE_ITEMS;
import static dev.concierge.core.agents.TestTools.PERSON;
import static dev.concierge.core.agents.TestTools.momsBirthday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmMessage;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.llm.ToolChoice;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentRuntimeTest {
  private static final String CREATED =
      "{\"date_item_id\":\"" + DATE_ITEM + "\",\"next_occurrence\":\"2027-03-15\"}";
  private static final AgentProfile DATES =
      new AgentProfile(
          AgentName.REMINDER_MANAGEMENT,
          "creates dates",
          "You manage dates.",
          List.of("listDateItems", "createDateItem", "deleteDateItem"),
          "claude-test",
          RunLimits.DEFAULT,
          true);
  private static final AgentTask TASK =
      new AgentTask(
          "Person: Ada, zone Europe/Berlin, today 2026-03-10",
          "Remind me two weeks before Mom's birthday on March 15");

  private final TestClock clock = new TestClock(Instant.parse("2026-03-10T08:00:00Z"));
  private final ScriptedLlm llm = new ScriptedLlm();
  private final FakeAgentTools tools =
      new FakeAgentTools()
          .add(LIST_DATE_ITEMS, input -> ToolOutcome.succeeded("[]"))
          .add(CREATE_DATE_ITEM, input -> new ToolOutcome.Succeeded(CREATED, DATE_ITEM))
          .addDestructive(DELETE_DATE_ITEM);
  private final AgentRuntime runtime = new AgentRuntime(llm, clock, () -> "action-1");

  @Test
  void a_reply_in_words_ends_the_run_with_that_reply() {
    llm.then(text("Happy to help. Who is Mom?"));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.reply()).isEqualTo("Happy to help. Who is Mom?");
    assertThat(run.agent()).isEqualTo(AgentName.REMINDER_MANAGEMENT);
    assertThat(run.steps()).singleElement().isInstanceOf(RunStep.ModelCall.class);
    assertThat(run.usage()).isEqualTo(ScriptedLlm.USAGE);
    assertThat(run.detail()).isNull();
  }

  @Test
  void the_model_is_sent_the_cached_prompt_and_context_the_message_and_only_the_allowed_tools() {
    tools.add(
        new ToolDefinition("deletePerson", "Deletes a person.", Map.of("type", "object")),
        input -> ToolOutcome.succeeded("{}"));
    llm.then(text("Done."));

    runtime.run(DATES, TASK, tools);

    LlmRequest request = llm.request(0);
    assertThat(request.model()).isEqualTo("claude-test");
    assertThat(request.system())
        .containsExactly(
            SystemBlock.cached("You manage dates."), SystemBlock.cached(TASK.context()));
    assertThat(request.messages()).containsExactly(LlmMessage.user(TASK.message()));
    assertThat(request.tools())
        .extracting(ToolDefinition::name)
        .containsExactly("listDateItems", "createDateItem", "deleteDateItem");
    assertThat(request.toolChoice()).isEqualTo(ToolChoice.AUTO);
    assertThat(request.maxTokens()).isEqualTo(RunLimits.DEFAULT.replyTokens());
  }

  @Test
  void a_tool_round_runs_the_call_and_sends_its_result_back_before_the_model_answers() {
    llm.then(toolCalls(call("toolu_1", "createDateItem", momsBirthday())))
        .then(text("Done: every year on 15 March, reminded 14 days before."));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.reply()).isEqualTo("Done: every year on 15 March, reminded 14 days before.");
    assertThat(tools.calls())
        .containsExactly(new FakeAgentTools.Call("createDateItem", momsBirthday()));
    LlmRequest second = llm.request(1);
    assertThat(second.messages()).hasSize(3);
    assertThat(second.messages().get(1))
        .isEqualTo(
            LlmMessage.assistant(List.of(call("toolu_1", "createDateItem", momsBirthday()))));
    assertThat(second.messages().get(2))
        .isEqualTo(
            LlmMessage.user(List.of(new ContentBlock.ToolResult("toolu_1", CREATED, false))));
    assertThat(run.steps())
        .hasExactlyElementsOfTypes(
            RunStep.ModelCall.class, RunStep.ToolCall.class, RunStep.ModelCall.class);
    RunStep.ToolCall step = run.toolCalls().get(0);
    assertThat(step.round()).isEqualTo(1);
    assertThat(step.tool()).isEqualTo("createDateItem");
    assertThat(step.input()).isEqualTo(momsBirthday());
    assertThat(step.outcome()).isEqualTo(new ToolOutcome.Succeeded(CREATED, DATE_ITEM));
    assertThat(run.usage().total()).isEqualTo(2 * ScriptedLlm.USAGE.total());
    assertThat(run.toolRounds()).isEqualTo(1);
  }

  @Test
  void several_rounds_follow_each_other_until_the_model_answers() {
    llm.then(toolCalls(call("toolu_1", "listDateItems", Map.of("person_id", PERSON))))
        .then(toolCalls(call("toolu_2", "createDateItem", momsBirthday())))
        .then(text("Set."));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.toolRounds()).isEqualTo(2);
    assertThat(tools.calls())
        .extracting(FakeAgentTools.Call::tool)
        .containsExactly("listDateItems", "createDateItem");
    assertThat(llm.request(2).messages()).hasSize(5);
  }

  @Test
  void parallel_calls_of_one_reply_are_all_answered_in_one_message_in_their_order() {
    Map<String, Object> fathersDay = new HashMap<>(momsBirthday());
    fathersDay.put("title", "Dad's birthday");
    llm.then(
            toolCalls(
                call("toolu_a", "createDateItem", momsBirthday()),
                call("toolu_b", "createDateItem", fathersDay),
                call("toolu_c", "listDateItems", Map.of("person_id", PERSON))))
        .then(text("Both set."));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    LlmMessage results = llm.request(1).messages().get(2);
    assertThat(results.role()).isEqualTo(LlmMessage.Role.USER);
    assertThat(results.content())
        .extracting(block -> ((ContentBlock.ToolResult) block).toolUseId())
        .containsExactly("toolu_a", "toolu_b", "toolu_c");
    assertThat(run.toolCalls()).extracting(RunStep.ToolCall::round).containsExactly(1, 1, 1);
    assertThat(run.toolRounds()).isEqualTo(1);
  }

  @Test
  void a_refused_call_goes_back_as_an_error_with_its_field_errors_and_the_model_corrects_it() {
    FakeAgentTools strict =
        new FakeAgentTools()
            .add(
                CREATE_DATE_ITEM,
                input ->
                    "FREQ=YEARLY".equals(input.get("recurrence_rule"))
                        ? ToolOutcome.succeeded(CREATED)
                        : ToolOutcome.refused(
                            "Invalid input",
                            List.of(
                                new FieldError(
                                    "recurrence_rule", "FREQ=YEAR is not a frequency"))));
    Map<String, Object> wrong = new HashMap<>(momsBirthday());
    wrong.put("recurrence_rule", "FREQ=YEAR");
    llm.then(toolCalls(call("toolu_1", "createDateItem", wrong)))
        .then(toolCalls(call("toolu_2", "createDateItem", momsBirthday())))
        .then(text("Set."));

    AgentRun run = runtime.run(DATES, TASK, strict);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    ContentBlock.ToolResult refusal = toolResult(llm.request(1), 0);
    assertThat(refusal.error()).isTrue();
    assertThat(refusal.content())
        .isEqualTo(
            "{\"status\":\"refused\",\"detail\":\"Invalid input\",\"errors\":"
                + "[{\"field\":\"recurrence_rule\",\"message\":\"FREQ=YEAR is not a frequency\"}]}");
    assertThat(toolResult(llm.request(2), 0).error()).isFalse();
    assertThat(run.toolCalls())
        .extracting(call -> call.outcome().status())
        .containsExactly("refused", "succeeded");
  }

  @Test
  void an_expected_failure_thrown_by_an_operation_is_refused_back_to_the_model() {
    FakeAgentTools throwing =
        new FakeAgentTools()
            .add(
                CREATE_DATE_ITEM,
                input -> {
                  throw new ValidationException("date_value", "must be a date");
                })
            .add(
                LIST_DATE_ITEMS,
                input -> {
                  throw new NotFoundException("person", PERSON);
                });
    llm.then(
            toolCalls(
                call("toolu_1", "createDateItem", momsBirthday()),
                call("toolu_2", "listDateItems", Map.of("person_id", PERSON))))
        .then(text("I could not find that person."));

    AgentRun run = runtime.run(DATES, TASK, throwing);

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(toolResult(llm.request(1), 0).content())
        .contains("\"field\":\"date_value\"", "must be a date");
    assertThat(toolResult(llm.request(1), 1).content()).contains("person " + PERSON + " not found");
    assertThat(toolResult(llm.request(1), 1).error()).isTrue();
  }

  @Test
  void a_call_of_an_unknown_or_unoffered_tool_is_refused_and_never_reaches_the_tools() {
    tools.add(
        new ToolDefinition("deletePerson", "Deletes a person.", Map.of("type", "object")),
        input -> ToolOutcome.succeeded("{}"));
    llm.then(
            toolCalls(
                call("toolu_1", "dropAllTables", Map.of()),
                call("toolu_2", "deletePerson", Map.of("person_id", PERSON))))
        .then(text("Sorry, I cannot do that."));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(tools.calls()).isEmpty();
    assertThat(toolResult(llm.request(1), 0).error()).isTrue();
    assertThat(toolResult(llm.request(1), 0).content())
        .contains("There is no tool named dropAllTables");
    assertThat(toolResult(llm.request(1), 1).content())
        .contains("There is no tool named deletePerson");
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
  }

  @Test
  void input_that_misses_a_required_field_or_has_the_wrong_type_is_refused_with_field_errors() {
    Map<String, Object> sloppy = new HashMap<>();
    sloppy.put("person_id", PERSON);
    sloppy.put("title", 42);
    sloppy.put("leap_day_policy", "feb_29");
    sloppy.put("colour", "red");
    llm.then(toolCalls(call("toolu_1", "createDateItem", sloppy))).then(text("Let me ask."));

    runtime.run(DATES, TASK, tools);

    assertThat(tools.calls()).isEmpty();
    ContentBlock.ToolResult result = toolResult(llm.request(1), 0);
    assertThat(result.error()).isTrue();
    assertThat(result.content())
        .contains(
            "{\"field\":\"date_value\",\"message\":\"is required\"}",
            "{\"field\":\"title\",\"message\":\"must be string\"}",
            "{\"field\":\"leap_day_policy\",\"message\":\"must be one of feb_28, strict\"}",
            "{\"field\":\"colour\",\"message\":\"is not a field of this operation\"}");
  }

  @Test
  void a_delete_is_never_run_but_becomes_an_action_waiting_for_confirmation() {
    llm.then(toolCalls(call("toolu_1", "deleteDateItem", Map.of("date_item_id", DATE_ITEM))))
        .then(text("Deleting Mom's birthday waits for your confirmation."));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(tools.calls()).isEmpty();
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.pendingActions())
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.tool()).isEqualTo("deleteDateItem");
              assertThat(action.input()).containsEntry("date_item_id", DATE_ITEM);
              assertThat(action.outcome()).isEqualTo(new ToolOutcome.NeedsConfirmation("action-1"));
            });
    ContentBlock.ToolResult result = toolResult(llm.request(1), 0);
    assertThat(result.error()).isFalse();
    assertThat(result.content())
        .startsWith("{\"status\":\"needs_confirmation\",\"action_id\":\"action-1\"")
        .contains("waits for a person to confirm");
  }

  @Test
  void a_run_that_wants_more_tool_rounds_than_allowed_ends_with_limit_reached_and_a_polite_reply() {
    AgentProfile twoRounds = DATES.withLimits(RunLimits.DEFAULT.withToolRounds(2));
    for (int i = 1; i <= 3; i++) {
      llm.then(
          toolCalls(call("toolu_" + i, "listDateItems", Map.of("person_id", PERSON, "limit", i))));
    }

    AgentRun run = runtime.run(twoRounds, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.LIMIT_REACHED);
    assertThat(run.limit()).isEqualTo(RunLimit.TOOL_ROUNDS);
    assertThat(run.reply()).startsWith("I'm sorry").doesNotContain("limit");
    assertThat(run.detail()).contains("round 3 of 2");
    assertThat(tools.calls()).hasSize(2);
    assertThat(llm.requests()).hasSize(3);
  }

  @Test
  void a_run_over_its_token_budget_asks_for_no_further_tool_round() {
    AgentProfile frugal = DATES.withLimits(RunLimits.DEFAULT.withRunTokens(150));
    llm.then(toolCalls(call("toolu_1", "listDateItems", Map.of("person_id", PERSON))))
        .then(toolCalls(call("toolu_2", "createDateItem", momsBirthday())));

    AgentRun run = runtime.run(frugal, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.LIMIT_REACHED);
    assertThat(run.limit()).isEqualTo(RunLimit.RUN_TOKENS);
    assertThat(run.detail()).contains("240 tokens of 150");
    assertThat(tools.calls())
        .extracting(FakeAgentTools.Call::tool)
        .containsExactly("listDateItems");
  }

  @Test
  void a_run_that_outlasts_its_wall_time_on_the_clock_stops_before_asking_again() {
    llm.onEachCall(() -> clock.advance(Duration.ofSeconds(25)));
    for (int i = 1; i <= 3; i++) {
      llm.then(
          toolCalls(call("toolu_" + i, "listDateItems", Map.of("person_id", PERSON, "limit", i))));
    }

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.LIMIT_REACHED);
    assertThat(run.limit()).isEqualTo(RunLimit.WALL_TIME);
    assertThat(llm.requests()).hasSize(3);
    assertThat(Duration.between(run.startedAt(), run.finishedAt()))
        .isEqualTo(Duration.ofSeconds(75));
    assertThat(run.steps())
        .filteredOn(RunStep.ModelCall.class::isInstance)
        .allSatisfy(step -> assertThat(step.latency()).isEqualTo(Duration.ofSeconds(25)));
  }

  @Test
  void the_same_call_with_the_same_input_a_third_time_ends_the_run_without_running_it() {
    Map<String, Object> same = Map.of("person_id", PERSON);
    llm.then(toolCalls(call("toolu_1", "listDateItems", same)))
        .then(toolCalls(call("toolu_2", "listDateItems", same)))
        .then(toolCalls(call("toolu_3", "listDateItems", same)));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.LIMIT_REACHED);
    assertThat(run.limit()).isEqualTo(RunLimit.IDENTICAL_CALLS);
    assertThat(run.detail())
        .isEqualTo("the model called listDateItems 3 times with the same input");
    assertThat(run.reply()).startsWith("I'm sorry");
    assertThat(tools.calls()).hasSize(2);
  }

  @Test
  void calls_with_different_inputs_are_not_repeats() {
    llm.then(toolCalls(call("toolu_1", "listDateItems", Map.of("person_id", PERSON, "limit", 1))))
        .then(toolCalls(call("toolu_2", "listDateItems", Map.of("person_id", PERSON, "limit", 2))))
        .then(toolCalls(call("toolu_3", "listDateItems", Map.of("person_id", PERSON, "limit", 3))))
        .then(text("Nothing yet."));

    assertThat(runtime.run(DATES, TASK, tools).status()).isEqualTo(RunStatus.SUCCEEDED);
  }

  @Test
  void a_refusal_of_the_model_ends_the_run_as_refused() {
    llm.then(reply(StopReason.REFUSAL));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.REFUSED);
    assertThat(run.reply()).isEqualTo("I'm sorry, I can't help with that request.");
  }

  @Test
  void a_tool_call_cut_off_at_max_tokens_is_never_run() {
    llm.then(
        reply(
            StopReason.MAX_TOKENS,
            new ContentBlock.Text("Creating it now."),
            call("toolu_1", "createDateItem", Map.of("person_id", PERSON))));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.TRUNCATED);
    assertThat(run.detail()).contains("max_tokens", "a tool call's input");
    assertThat(tools.calls()).isEmpty();
  }

  @Test
  void a_reply_with_neither_text_nor_tool_calls_ends_the_run_as_empty() {
    llm.then(reply(StopReason.END_TURN, new ContentBlock.Text("  ")));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.EMPTY_REPLY);
    assertThat(run.reply()).startsWith("I'm sorry");
  }

  @Test
  void a_paused_turn_is_sent_back_for_the_model_to_continue() {
    llm.then(reply(StopReason.PAUSE_TURN, new ContentBlock.Text("Let me think")))
        .then(text("Here it is."));

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.reply()).isEqualTo("Here it is.");
    assertThat(llm.request(1).messages())
        .last()
        .isEqualTo(LlmMessage.assistant(List.of(new ContentBlock.Text("Let me think"))));
  }

  @Test
  void a_model_that_cannot_answer_fails_the_run_and_keeps_the_steps_so_far() {
    LlmOverloadedException overloaded =
        new LlmOverloadedException("Claude is overloaded", Duration.ofSeconds(30));
    llm.then(toolCalls(call("toolu_1", "createDateItem", momsBirthday()))).thenFails(overloaded);

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.failure()).isSameAs(overloaded);
    assertThat(run.failure().getMessage()).isEqualTo("Claude is overloaded");
    assertThat(run.toolCalls()).hasSize(1);
    assertThat(run.reply()).contains("Your message is saved");
  }

  @Test
  void a_model_adapter_that_breaks_unexpectedly_fails_the_run_rather_than_throwing() {
    IllegalStateException bug = new IllegalStateException("adapter bug");
    llm.thenFails(bug);

    AgentRun run = runtime.run(DATES, TASK, tools);

    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.failure()).isSameAs(bug);
    assertThat(run.detail()).startsWith("asking the model failed unexpectedly");
  }

  @Test
  void an_operation_that_breaks_unexpectedly_fails_the_run_and_names_the_tool() {
    IllegalStateException bug = new IllegalStateException("a bug");
    FakeAgentTools broken =
        new FakeAgentTools()
            .add(
                CREATE_DATE_ITEM,
                input -> {
                  throw bug;
                });
    llm.then(toolCalls(call("toolu_1", "createDateItem", momsBirthday())));

    AgentRun run = runtime.run(DATES, TASK, broken);

    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.failure()).isSameAs(bug);
    assertThat(run.detail()).startsWith("createDateItem failed unexpectedly");
    assertThat(run.toolCalls())
        .singleElement()
        .extracting(RunStep.ToolCall::tool)
        .isEqualTo("createDateItem");
  }

  private static ContentBlock.ToolResult toolResult(LlmRequest request, int index) {
    LlmMessage last = request.messages().get(request.messages().size() - 1);
    return (ContentBlock.ToolResult) last.content().get(index);
  }
}
