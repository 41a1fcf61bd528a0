package dev.concierge.core.agents.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One call to the model.
 *
 * @param system the system prompt in blocks; at most {@link #MAX_CACHED_SYSTEM_BLOCKS} cached
 * @param messages the conversation so far, starting with the user's turn
 * @param tools what the model may call, names unique; may be empty
 * @param maxTokens the most the reply may be; a reply that reaches it stops with {@link
 *     StopReason#MAX_TOKENS}
 */
public record LlmRequest(
    String model,
    List<SystemBlock> system,
    List<LlmMessage> messages,
    List<ToolDefinition> tools,
    ToolChoice toolChoice,
    int maxTokens) {

  /**
   * The Messages API takes four cache breakpoints per request; the adapter spends one on the last
   * tool definition, since the tools repeat on every call of a run.
   */
  public static final int MAX_CACHED_SYSTEM_BLOCKS = 3;

  public LlmRequest {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("a request names its model");
    }
    system = List.copyOf(system);
    messages = List.copyOf(messages);
    tools = List.copyOf(tools);
    Objects.requireNonNull(toolChoice, "toolChoice");
    if (messages.isEmpty() || messages.get(0).role() != LlmMessage.Role.USER) {
      throw new IllegalArgumentException("a conversation starts with the user's message");
    }
    if (system.stream().filter(SystemBlock::cached).count() > MAX_CACHED_SYSTEM_BLOCKS) {
      throw new IllegalArgumentException(
          "at most " + MAX_CACHED_SYSTEM_BLOCKS + " system blocks can be cached");
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("max tokens must be positive, got " + maxTokens);
    }
    requireUniqueNames(tools);
    requireChoosable(toolChoice, tools);
  }

  private static void requireUniqueNames(List<ToolDefinition> tools) {
    Set<String> names = new HashSet<>();
    for (ToolDefinition tool : tools) {
      if (!names.add(tool.name())) {
        throw new IllegalArgumentException("the tool " + tool.name() + " is offered twice");
      }
    }
  }

  private static void requireChoosable(ToolChoice choice, List<ToolDefinition> tools) {
    if (choice instanceof ToolChoice.Any && tools.isEmpty()) {
      throw new IllegalArgumentException(
          "the model cannot be made to call a tool when none is offered");
    }
    if (choice instanceof ToolChoice.Tool named
        && tools.stream().noneMatch(tool -> tool.name().equals(named.name()))) {
      throw new IllegalArgumentException("the forced tool " + named.name() + " is not offered");
    }
  }
}
