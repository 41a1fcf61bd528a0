package dev.concierge.core.agents.llm;

import java.util.Objects;

/** Whether, and which, tool the model must call in its reply. */
public sealed interface ToolChoice {
  /** The model decides: text, tools, or both. */
  ToolChoice AUTO = new Auto();

  /** The model must call one of the tools, any of them. */
  ToolChoice ANY = new Any();

  /** The model must not call a tool, though it may see them. */
  ToolChoice NONE = new None();

  /** The model must call this tool (the orchestrator forces {@code route_to_agent} so). */
  static ToolChoice tool(String name) {
    return new Tool(name);
  }

  record Auto() implements ToolChoice {}

  record Any() implements ToolChoice {}

  record None() implements ToolChoice {}

  record Tool(String name) implements ToolChoice {
    public Tool {
      Objects.requireNonNull(name, "name");
    }
  }
}
