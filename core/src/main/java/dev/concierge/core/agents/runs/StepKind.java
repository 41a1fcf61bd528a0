package dev.concierge.core.agents.runs;

import java.util.Locale;

/** What one step of a run was. Wire names are the lower-case constants. */
public enum StepKind {
  /** The orchestrator chose the agent. */
  ROUTING,
  /** The agent's model answered. */
  MODEL_CALL,
  /** A tool the model called was answered. */
  TOOL_CALL;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
