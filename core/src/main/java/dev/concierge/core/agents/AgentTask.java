package dev.concierge.core.agents;

import java.util.Objects;

/**
 * What one run is asked to do.
 *
 * @param context what the agent knows before it calls a tool: the person, their zone and local
 *     date, family, upcoming dates, the recent conversation (built elsewhere, deterministic so the
 *     provider can cache it); may be empty
 * @param message the person's message, as written
 */
public record AgentTask(String context, String message) {
  public AgentTask {
    context = context == null ? "" : context;
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a run needs a message");
    }
  }
}
