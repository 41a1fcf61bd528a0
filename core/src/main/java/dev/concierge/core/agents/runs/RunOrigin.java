package dev.concierge.core.agents.runs;

import java.util.Objects;
import java.util.UUID;

/**
 * What a run was asked and where: the log keeps it beside what the run did.
 *
 * @param personId who the run was about; null when it was about no one person
 * @param conversationId the conversation the message was written in; null outside one
 * @param message what the run was asked, as written
 */
public record RunOrigin(RunSource source, UUID personId, UUID conversationId, String message) {
  public RunOrigin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }
}
