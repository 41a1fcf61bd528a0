package dev.concierge.core.agents.llm;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The model's answer to one request.
 *
 * @param model the model that answered, as the provider names it (often a dated snapshot)
 * @param content text and tool calls, in the order the model wrote them; may be empty
 */
public record LlmReply(
    String model, List<ContentBlock> content, StopReason stopReason, TokenUsage usage) {

  public LlmReply {
    Objects.requireNonNull(model, "model");
    content = List.copyOf(content);
    Objects.requireNonNull(stopReason, "stopReason");
    Objects.requireNonNull(usage, "usage");
    if (content.stream().anyMatch(ContentBlock.ToolResult.class::isInstance)) {
      throw new IllegalArgumentException("a model's reply holds no tool results");
    }
  }

  /** The text blocks joined, stripped; empty when the reply has none. */
  public String text() {
    return content.stream()
        .filter(ContentBlock.Text.class::isInstance)
        .map(block -> ((ContentBlock.Text) block).text())
        .collect(Collectors.joining())
        .strip();
  }

  /** The tool calls, in order. */
  public List<ContentBlock.ToolUse> toolUses() {
    return content.stream()
        .filter(ContentBlock.ToolUse.class::isInstance)
        .map(ContentBlock.ToolUse.class::cast)
        .toList();
  }
}
