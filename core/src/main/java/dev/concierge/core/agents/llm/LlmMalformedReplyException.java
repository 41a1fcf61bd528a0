package dev.concierge.core.agents.llm;

/**
 * The provider answered, but not with a reply this port can read: a body that is not JSON, a
 * message missing its parts, an unknown stop reason.
 */
public final class LlmMalformedReplyException extends LlmException {
  private static final long serialVersionUID = 1L;

  public LlmMalformedReplyException(String message) {
    super(message, null);
  }

  public LlmMalformedReplyException(String message, Throwable cause) {
    super(message, cause);
  }
}
