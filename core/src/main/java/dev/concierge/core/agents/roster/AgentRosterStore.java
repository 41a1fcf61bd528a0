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
   * Gives the organization the agents it lacks, as {@link RosterAgent#shipped} makes them, and
   * keeps the ones it has as they are; safe to run at the same time from several threads.
   *
   * @return how many were added
   */
  int addShipped(UUID orgId);

  /**
   * Changes the organization's agent of this id and name to this one and returns it as stored, with
   * the time of the change.
   *
   * @throws dev.concierge.core.errors.NotFoundException when the organization has no such agent
   */
  RosterAgent save(RosterAgent agent);
}
