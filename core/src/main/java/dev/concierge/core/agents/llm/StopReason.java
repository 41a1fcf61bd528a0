package dev.concierge.core.agents.llm;

import java.util.Arrays;
import java.util.Optional;

/** Why the model stopped; the wire names are the Messages API's. */
public enum StopReason {
  /** A natural end: the reply is complete. */
  END_TURN("end_turn"),
  /** The reply asks for tool calls; their results are expected back. */
  TOOL_USE("tool_use"),
  /** The reply hit the request's max tokens and is cut off, possibly inside a tool call's input. */
  MAX_TOKENS("max_tokens"),
  /** A stop sequence of the request was produced. */
  STOP_SEQUENCE("stop_sequence"),
  /** The provider paused a long turn; sending the reply back lets the model continue it. */
  PAUSE_TURN("pause_turn"),
  /** The model declined to answer, for safety. */
  REFUSAL("refusal"),
  /** The conversation filled the model's context window. */
  MODEL_CONTEXT_WINDOW_EXCEEDED("model_context_window_exceeded");

  private final String wireName;

  StopReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<StopReason> fromWireName(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
  }
}
