package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmInvalidRequestException;
import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmMessage;
import dev.concierge.core.agents.llm.LlmOverloadedException;
import dev.concierge.core.agents.llm.LlmRateLimitedException;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.LlmTimeoutException;
import dev.concierge.core.agents.llm.LlmUnavailableException;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.llm.TokenUsage;
import dev.concierge.core.agents.llm.ToolChoice;
import dev.concierge.core.agents.llm.ToolDefinition;
import dev.concierge.core.errors.ConfigurationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaudeLlmTest {
  static final String KEY = "sk-ant-api03-agents-key-do-not-leak";
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String SNAPSHOT = "claude-sonnet-4-5-20250929";
  // Generous: the first call in a JVM pays for the SDK's warm-up, which must not look like a hang.
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  static final ToolDefinition CREATE_DATE_ITEM =
      new ToolDefinition(
          "createDateItem",
          "Creates a date item.",
          Map.of(
              "type",
              "object",
              "properties",
              Map.of(
                  "person_id", Map.of("type", "string", "format", "uuid"),
                  "title", Map.of("type", "string")),
              "required",
              List.of("person_id", "title"),
              "additionalProperties",
              false));
  static final ToolDefinition LIST_DATE_ITEMS =
      new ToolDefinition("listDateItems", "Lists date items.", Map.of("type", "object"));

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FakeAnthropic fake;
  private ClaudeLlm claude;

  @BeforeEach
  void start() throws IOException {
    fake = FakeAnthropic.start();
    claude = claude(2);
  }

  @AfterEach
  void stop() {
    claude.close();
    fake.close();
  }

  private ClaudeLlm claude(int maxRetries) {
    return new ClaudeLlm(
        new ClaudeSettings(KEY, MODEL, null, fake.baseUrl()), TIMEOUT, maxRetries, sleeper);
  }

  @Test
  void a_text_reply_comes_back_with_its_stop_reason_model_and_every_kind_of_token() {
    fake.answersText(SNAPSHOT, "Happy to help.");

    LlmReply reply = claude.complete(request(List.of(), ToolChoice.AUTO));

    assertThat(reply.text()).isEqualTo("Happy to help.");
    assertThat(reply.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(reply.model()).isEqualTo(SNAPSHOT);
    assertThat(reply.usage()).isEqualTo(new TokenUsage(212, 87, 1800, 300));
    FakeAnthropic.Received sent = fake.received().get(0);
    assertThat(sent.path()).isEqualTo("/v1/messages");
    assertThat(sent.credential()).isEqualTo(KEY);
    assertThat(sent.json())
        .containsEntry("model", MODEL)
        .containsEntry("max_tokens", new BigDecimal(1024));
    assertThat(sent.json()).doesNotContainKeys("tools", "tool_choice");
  }

  @Test
  void system_blocks_carry_cache_control_where_core_marked_them() {
    fake.answersText(SNAPSHOT, "Hi.");

    claude.complete(request(List.of(), ToolChoice.AUTO));

    assertThat(fake.received().get(0).json().get("system"))
        .isEqualTo(
            List.of(
                Map.of(
                    "type", "text",
                    "text", "You manage dates.",
                    "cache_control", Map.of("type", "ephemeral")),
                Map.of(
                    "type", "text",
                    "text", "Person: Ada",
                    "cache_control", Map.of("type", "ephemeral")),
                Map.of("type", "text", "text", "Now: 10:00")));
  }

  @Test
  void tools_go_with_their_schemas_and_the_last_one_carries_the_cache_breakpoint() {
    fake.answersText(SNAPSHOT, "Hi.");

    claude.complete(request(List.of(LIST_DATE_ITEMS, CREATE_DATE_ITEM), ToolChoice.AUTO));

    Map<String, Object> json = fake.received().get(0).json();
    List<?> tools = (List<?>) json.get("tools");
    assertThat(tools).hasSize(2);
    assertThat(member(tools, 0))
        .containsEntry("name", "listDateItems")
        .doesNotContainKey("cache_control");
    assertThat(member(tools, 1))
        .containsEntry("name", "createDateItem")
        .containsEntry("description", "Creates a date item.")
        .containsEntry("cache_control", Map.of("type", "ephemeral"))
        .containsEntry("input_schema", CREATE_DATE_ITEM.inputSchema());
    assertThat(json.get("tool_choice")).isEqualTo(Map.of("type", "auto"));
  }

  @Test
  void each_tool_choice_has_its_wire_form() {
    List<ToolDefinition> tools = List.of(LIST_DATE_ITEMS);
    for (int i = 0; i < 3; i++) {
      fake.answersText(SNAPSHOT, "Hi.");
    }

    claude.complete(request(tools, ToolChoice.tool("listDateItems")));
    claude.complete(request(tools, ToolChoice.ANY));
    claude.complete(request(tools, ToolChoice.NONE));

    assertThat(fake.received())
        .extracting(received -> received.json().get("tool_choice"))
        .containsExactly(
            Map.of("type", "tool", "name", "listDateItems"),
            Map.of("type", "any"),
            Map.of("type", "none"));
  }

  @Test
  void parallel_tool_calls_come_back_in_order_with_their_inputs_as_plain_values() {
    fake.answersToolCalls(
        SNAPSHOT,
        FakeAnthropic.toolUse(
            "toolu_01", "createDateItem", "{\"title\":\"Mom's birthday\",\"lead\":[14,7]}"),
        FakeAnthropic.toolUse("toolu_02", "listDateItems", "{\"limit\":5,\"upcoming\":true}"));

    LlmReply reply =
        claude.complete(request(List.of(LIST_DATE_ITEMS, CREATE_DATE_ITEM), ToolChoice.AUTO));

    assertThat(reply.stopReason()).isEqualTo(StopReason.TOOL_USE);
    assertThat(reply.toolUses())
        .extracting(ContentBlock.ToolUse::id, ContentBlock.ToolUse::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("toolu_01", "createDateItem"),
            org.assertj.core.groups.Tuple.tuple("toolu_02", "listDateItems"));
    assertThat(reply.toolUses().get(0).input().get("title")).isEqualTo("Mom's birthday");
    assertThat((List<?>) reply.toolUses().get(0).input().get("lead")).hasSize(2);
    assertThat(reply.toolUses().get(1).input().get("upcoming")).isEqualTo(true);
    assertThat(((Number) reply.toolUses().get(1).input().get("limit")).intValue()).isEqualTo(5);
  }

  @Test
  void tool_calls_and_their_results_are_sent_back_with_is_error_as_core_says() {
    fake.answersText(SNAPSHOT, "Set.");
    List<LlmMessage> conversation =
        List.of(
            LlmMessage.user("Remind me of Mom's birthday"),
            LlmMessage.assistant(
                List.of(
                    new ContentBlock.Text("Creating it."),
                    new ContentBlock.ToolUse("toolu_01", "createDateItem", Map.of("title", "Mom")),
                    new ContentBlock.ToolUse("toolu_02", "listDateItems", Map.of()))),
            LlmMessage.user(
                List.of(
                    new ContentBlock.ToolResult(
                        "toolu_01", "{\"status\":\"refused\",\"detail\":\"x\"}", true),
                    new ContentBlock.ToolResult("toolu_02", "[]", false))));

    claude.complete(
        new LlmRequest(
            MODEL,
            List.of(),
            conversation,
            List.of(LIST_DATE_ITEMS, CREATE_DATE_ITEM),
            ToolChoice.AUTO,
            1024));

    List<?> messages = (List<?>) fake.received().get(0).json().get("messages");
    assertThat(messages).hasSize(3);
    assertThat(messages.get(1))
        .isEqualTo(
            Map.of(
                "role",
                "assistant",
                "content",
                List.of(
                    Map.of("type", "text", "text", "Creating it."),
                    Map.of(
                        "type", "tool_use",
                        "id", "toolu_01",
                        "name", "createDateItem",
                        "input", Map.of("title", "Mom")),
                    Map.of(
                        "type", "tool_use",
                        "id", "toolu_02",
                        "name", "listDateItems",
                        "input", Map.of()))));
    assertThat(messages.get(2))
        .isEqualTo(
            Map.of(
                "role",
                "user",
                "content",
                List.of(
                    Map.of(
                        "type", "tool_result",
                        "tool_use_id", "toolu_01",
                        "content", "{\"status\":\"refused\",\"detail\":\"x\"}",
                        "is_error", true),
                    Map.of(
                        "type", "tool_result",
                        "tool_use_id", "toolu_02",
                        "content", "[]",
                        "is_error", false))));
  }

  @Test
  void rate_limited_after_the_retries_fails_with_the_retry_after_seconds() {
    claude.close();
    claude = claude(0);
    fake.answersError(429, "rate_limit_error", "Number of requests exceeded", "7");

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOfSatisfying(
            LlmRateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)))
        .hasMessageContaining("429")
        .hasMessageContaining("rate_limit_error");
    assertThat(fake.received()).hasSize(1);
  }

  @Test
  void the_sdk_retries_a_rate_limit_after_the_wait_the_api_asked_for() {
    fake.answersError(429, "rate_limit_error", "Slow down", "3").answersText(SNAPSHOT, "Done.");

    LlmReply reply = claude.complete(request(List.of(), ToolChoice.AUTO));

    assertThat(reply.text()).isEqualTo("Done.");
    assertThat(fake.received()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    assertThat(fake.received().get(1).header("x-stainless-retry-count")).isEqualTo("1");
  }

  @Test
  void overloaded_after_every_retry_fails_as_overloaded() {
    for (int i = 0; i < 3; i++) {
      fake.answersError(529, "overloaded_error", "Overloaded", "2");
    }

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOfSatisfying(
            LlmOverloadedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)))
        .hasMessageContaining("529")
        .hasMessageContaining("req_fake_3");
    assertThat(fake.received()).hasSize(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void an_invalid_request_is_not_retried() {
    fake.answersError(
        400, "invalid_request_error", "messages: text content blocks must be non-empty");

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOf(LlmInvalidRequestException.class)
        .hasMessageContaining("text content blocks must be non-empty");
    assertThat(fake.received()).hasSize(1);
  }

  @Test
  void a_server_error_that_persists_is_unavailable() {
    for (int i = 0; i < 3; i++) {
      fake.answersError(500, "api_error", "Internal server error");
    }

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOf(LlmUnavailableException.class)
        .hasMessageContaining("500");
    assertThat(fake.received()).hasSize(3);
  }

  @Test
  void a_body_that_is_not_json_is_a_malformed_reply() {
    fake.answersRaw(200, "{\"id\":\"msg_01\",\"type\":\"message\",\"content\":[{\"type\":\"te");

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOf(LlmMalformedReplyException.class);
  }

  @Test
  void a_message_missing_its_parts_is_a_malformed_reply() {
    fake.answersRaw(200, "{\"id\":\"msg_01\",\"type\":\"message\",\"role\":\"assistant\"}");

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOf(LlmMalformedReplyException.class);
  }

  @Test
  void an_unknown_stop_reason_is_a_malformed_reply() {
    fake.answersMessage(SNAPSHOT, "[" + FakeAnthropic.text("Hi") + "]", "daydreaming");

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOf(LlmMalformedReplyException.class)
        .hasMessageContaining("daydreaming");
  }

  @Test
  void a_server_that_never_answers_times_out() {
    fake.neverAnswers();
    Duration short_ = Duration.ofMillis(500);
    try (ClaudeLlm impatient =
        new ClaudeLlm(new ClaudeSettings(KEY, MODEL, null, fake.baseUrl()), short_, 0, sleeper)) {
      // The bound only catches an adapter that waits on the SDK's minutes-long default.
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () ->
              assertThatThrownBy(() -> impatient.complete(request(List.of(), ToolChoice.AUTO)))
                  .isInstanceOf(LlmTimeoutException.class)
                  .hasMessageContaining("did not answer within " + short_));
    }
  }

  @Test
  void an_unreachable_server_is_unavailable() throws IOException {
    String closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = "http://127.0.0.1:" + socket.getLocalPort();
    }
    try (ClaudeLlm unreachable =
        new ClaudeLlm(new ClaudeSettings(KEY, MODEL, null, closedPort), TIMEOUT, 0, sleeper)) {
      assertThatThrownBy(() -> unreachable.complete(request(List.of(), ToolChoice.AUTO)))
          .isInstanceOf(LlmUnavailableException.class)
          .hasMessageContaining("could not be reached");
    }
  }

  @Test
  void a_rejected_key_is_unavailable_and_the_key_appears_nowhere_even_when_echoed() {
    fake.answersError(401, "authentication_error", "invalid x-api-key " + KEY);

    assertThatThrownBy(() -> claude.complete(request(List.of(), ToolChoice.AUTO)))
        .isInstanceOf(LlmUnavailableException.class)
        .hasMessageContaining("401")
        .satisfies(e -> KeyAbsence.assertNotIn(e, KEY));
  }

  @Test
  void it_cannot_be_built_without_a_key_and_its_printed_form_hides_it() {
    assertThatThrownBy(() -> new ClaudeLlm(new ClaudeSettings(null, MODEL)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("ANTHROPIC_API_KEY");
    assertThat(claude.toString()).contains(fake.baseUrl()).doesNotContain(KEY);
  }

  static LlmRequest request(List<ToolDefinition> tools, ToolChoice choice) {
    return new LlmRequest(
        MODEL,
        List.of(
            SystemBlock.cached("You manage dates."),
            SystemBlock.cached("Person: Ada"),
            SystemBlock.uncached("Now: 10:00")),
        List.of(LlmMessage.user("Remind me of Mom's birthday")),
        tools,
        choice,
        1024);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(List<?> list, int index) {
    return (Map<String, Object>) list.get(index);
  }
}
