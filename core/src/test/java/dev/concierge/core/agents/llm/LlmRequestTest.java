package dev.concierge.core.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmRequestTest {
  private static final ToolDefinition ROUTE =
      new ToolDefinition("route_to_agent", "Routes.", Map.of("type", "object"));
  private static final List<LlmMessage> HELLO = List.of(LlmMessage.user("Hello"));

  @Test
  void a_request_may_force_a_tool_it_offers() {
    LlmRequest request =
        new LlmRequest(
            "m", List.of(), HELLO, List.of(ROUTE), ToolChoice.tool("route_to_agent"), 10);

    assertThat(request.toolChoice()).isEqualTo(ToolChoice.tool("route_to_agent"));
  }

  @Test
  void a_request_cannot_force_a_tool_it_does_not_offer() {
    assertThatThrownBy(
            () ->
                new LlmRequest(
                    "m", List.of(), HELLO, List.of(), ToolChoice.tool("route_to_agent"), 10))
        .hasMessageContaining("not offered");
    assertThatThrownBy(() -> new LlmRequest("m", List.of(), HELLO, List.of(), ToolChoice.ANY, 10))
        .hasMessageContaining("none is offered");
  }

  @Test
  void a_conversation_starts_with_the_user() {
    assertThatThrownBy(
            () ->
                new LlmRequest(
                    "m",
                    List.of(),
                    List.of(LlmMessage.assistant(List.of(new ContentBlock.Text("Hi")))),
                    List.of(),
                    ToolChoice.AUTO,
                    10))
        .hasMessageContaining("starts with the user");
  }

  @Test
  void no_more_system_blocks_are_cached_than_the_api_has_breakpoints_left_for() {
    List<SystemBlock> four = List.of(block(), block(), block(), block());

    assertThatThrownBy(() -> new LlmRequest("m", four, HELLO, List.of(), ToolChoice.AUTO, 10))
        .hasMessageContaining("at most 3");
  }

  @Test
  void tool_names_are_unique_and_within_the_api_rule() {
    assertThatThrownBy(
            () -> new LlmRequest("m", List.of(), HELLO, List.of(ROUTE, ROUTE), ToolChoice.AUTO, 10))
        .hasMessageContaining("offered twice");
    assertThatThrownBy(() -> new ToolDefinition("create date", "x", Map.of("type", "object")))
        .hasMessageContaining("must match");
    assertThatThrownBy(() -> new ToolDefinition("create", "x", Map.of("type", "array")))
        .hasMessageContaining("type object");
  }

  @Test
  void a_reply_reads_its_text_and_tool_calls() {
    LlmReply reply =
        new LlmReply(
            "m",
            List.of(
                new ContentBlock.Text("Let me "),
                new ContentBlock.ToolUse("t1", "listDateItems", Map.of()),
                new ContentBlock.Text("check. ")),
            StopReason.TOOL_USE,
            TokenUsage.NONE);

    assertThat(reply.text()).isEqualTo("Let me check.");
    assertThat(reply.toolUses())
        .extracting(ContentBlock.ToolUse::name)
        .containsExactly("listDateItems");
  }

  @Test
  void usage_adds_up_and_counts_cached_tokens_as_read() {
    TokenUsage usage = new TokenUsage(10, 5, 100, 20).plus(new TokenUsage(1, 2, 3, 4));

    assertThat(usage).isEqualTo(new TokenUsage(11, 7, 103, 24));
    assertThat(usage.allInput()).isEqualTo(138);
    assertThat(usage.total()).isEqualTo(145);
  }

  private static SystemBlock block() {
    return SystemBlock.cached("rules");
  }
}
