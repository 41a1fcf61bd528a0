package dev.concierge.core.agents.llm;

/**
 * The provider cannot be reached or failed (HTTP 5xx, a network error, a rejected key); trying
 * later may succeed.
 */
public final class LlmUnavailableException extends LlmException {
  private static final long serialVersionUID = 1L;

  public LlmUnavailableException(String message) {
    super(message, null);
  }

  public LlmUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
