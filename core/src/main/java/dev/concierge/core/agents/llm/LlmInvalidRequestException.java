package dev.concierge.core.agents.llm;

/**
 * The provider refused the request as invalid (HTTP 400, 404, 413): a bug in how it was built, an
 * unknown model, a conversation too long. Retrying the same request cannot help.
 */
public final class LlmInvalidRequestException extends LlmException {
  private static final long serialVersionUID = 1L;

  public LlmInvalidRequestException(String message) {
    super(message, null);
  }

  public LlmInvalidRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
