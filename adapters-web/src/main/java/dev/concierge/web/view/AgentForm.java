package dev.concierge.web.view;

import dev.concierge.core.agents.roster.RosterAgent;
import java.time.ZoneId;

/**
 * An agent's settings as a form: as stored, or as an admin typed them when refused.
 *
 * @param saved whether the page follows a save
 * @param zone the organization's, in which the last change is dated
 */
public record AgentForm(RosterAgent agent, FormState form, boolean saved, ZoneId zone) {
  public String name() {
    return agent.name().wireName();
  }

  /** Who changed it last and when, or that nobody has. */
  public String changedBy() {
    return agent.updatedByName() == null
        ? "as shipped: nobody has changed it"
        : "last changed by "
            + agent.updatedByName()
            + (agent.updatedAt() == null ? "" : ", " + Show.time(agent.updatedAt(), zone));
  }
}
