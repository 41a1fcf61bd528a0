package dev.concierge.core.agents.chat;

import dev.concierge.core.errors.ConciergeException;
import java.util.Objects;
import java.util.UUID;

/**
 * The assistant could not answer, and the run that failed is logged. The person's message is kept
 * in its conversation either way, so the caller can try again there. The cause says why: {@link
 * AssistantOffException}, one of the {@link dev.concierge.core.agents.llm.LlmException}s (rate
 * limited, overloaded, too slow, unreachable, a reply that is not one), or an unexpected failure.
 */
public final class ChatFailedException extends ConciergeException {
  private static final long serialVersionUID = 1L;

  private final UUID runId;
  private final UUID conversationId;

  /**
   * @param runId the failed run in the log
   * @param conversationId where the person's message is kept
   */
  public ChatFailedException(RuntimeException cause, UUID runId, UUID conversationId) {
    super(
        Objects.requireNonNull(cause, "cause").getMessage()
            + " (the message is kept in conversation "
            + conversationId
            + "; run "
            + runId
            + " is logged)",
        cause);
    this.runId = Objects.requireNonNull(runId, "runId");
    this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
  }

  public UUID runId() {
    return runId;
  }

  public UUID conversationId() {
    return conversationId;
  }

  /** Why the assistant could not answer. */
  @Override
  public synchronized RuntimeException getCause() {
    return (RuntimeException) super.getCause();
  }
}
