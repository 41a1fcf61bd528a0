package dev.concierge.core.agents;

import java.util.UUID;

/**
 * The {@link AgentName#REMINDER reminder agent} of each organization, as its admins set it up:
 * where {@link AgentReminderComposer} learns the prompt, model and switch it words a reminder with.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface ReminderAgents {
  AgentProfile of(UUID orgId);
}
