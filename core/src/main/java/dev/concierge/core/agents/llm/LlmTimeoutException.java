package dev.concierge.core.agents.llm;

/** The model did not answer within the client's timeout. */
public final class LlmTimeoutException extends LlmException {
  private static final long serialVersionUID = 1L;

  public LlmTimeoutException(String message) {
    super(message, null);
  }

  public LlmTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
