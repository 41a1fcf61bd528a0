package dev.concierge.core.agents.runs;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.RunStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Which runs to list; each null filter lets every run through.
 *
 * @param since runs started at or after this instant
 */
public record RunQuery(AgentName agent, UUID personId, RunStatus status, Instant since) {
  public static final RunQuery ALL = new RunQuery(null, null, null, null);
}
