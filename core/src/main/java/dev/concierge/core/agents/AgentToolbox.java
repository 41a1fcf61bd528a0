package dev.concierge.core.agents;

import dev.concierge.core.access.Caller;

/**
 * Where a run's tools come from: the operations, bound to the caller the run acts for and held to
 * its confinement. The driving adapter whose operations they are implements it (the REST API's, in
 * process), so core knows the tools only through {@link AgentTools}.
 */
@FunctionalInterface
public interface AgentToolbox {

  /**
   * @param caller who the run acts for: its organization and role decide what the tools reach, and
   *     every write they make is recorded as that caller's
   * @param confinement the people the run may act on ({@link Confinement#NONE} for staff)
   */
  AgentTools toolsFor(Caller caller, Confinement confinement);
}
