package dev.concierge.core.agents;

/** Which of the {@link RunLimits} ended a run. */
public enum RunLimit {
  TOOL_ROUNDS("tool_rounds"),
  RUN_TOKENS("run_tokens"),
  WALL_TIME("wall_time"),
  IDENTICAL_CALLS("identical_calls");

  private final String wireName;

  RunLimit(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
