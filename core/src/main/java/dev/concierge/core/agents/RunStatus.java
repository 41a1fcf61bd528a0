package dev.concierge.core.agents;

import java.util.Arrays;
import java.util.Optional;

/** How a run ended; wire names are what runs are listed and counted by. */
public enum RunStatus {
  /** The model answered. */
  SUCCEEDED("succeeded"),
  /**
   * A limit of the agent's {@link RunLimits} stopped the run; {@link AgentRun#limit} says which.
   */
  LIMIT_REACHED("limit_reached"),
  /** The model declined the request. */
  REFUSED("refused"),
  /**
   * The reply hit its token limit or the context window: its text, or a tool call's input, is cut
   * off, so nothing of it was used.
   */
  TRUNCATED("truncated"),
  /** The model ended its turn with neither text nor a tool call. */
  EMPTY_REPLY("empty_reply"),
  /** The model could not be asked (see {@link AgentRun#failure}), or a tool failed unexpectedly. */
  FAILED("failed");

  private final String wireName;

  RunStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<RunStatus> fromWireName(String name) {
    return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst();
  }
}
