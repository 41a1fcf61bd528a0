package dev.concierge.core.agents.roster;

import dev.concierge.core.agents.AgentName;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where each organization's agents are kept, one per {@link AgentName}. Each method works within
 * one organization. Implementations are thread-safe.
 */
public interface AgentRosterStore {
  /** The organization's agents in {@link AgentName} order. */
  List<RosterAgent> list(UUID orgId);

  Optional<RosterAgent> find(UUID orgId, AgentName name);

  /**
   * Adds those of the agents the organization does not have yet (by name), keeping the ones it has
   * as they are.
   *
   * @return how many were added
   */
  int addMissing(List<RosterAgent> agents);

  /**
   * Changes the organization's agent of that name to this one (all but its id and name) and returns
   * it as stored.
   *
   * @throws dev.concierge.core.errors.NotFoundException when the organization has no such agent
   */
  RosterAgent save(RosterAgent agent);
}
