package dev.concierge.core.agents.roster;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.agents.ReminderAgents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each organization's reminder agent as its roster row has it (the shipped one while it has none),
 * kept for {@link #KEPT} after it is read: a dispatch round words many reminders of a few
 * organizations, and reads each organization's row once rather than once per reminder. So an
 * admin's change reaches the wording within that time. Thread-safe.
 */
public final class RosterReminderAgents implements ReminderAgents {
  static final Duration KEPT = Duration.ofSeconds(30);

  private record Read(AgentProfile agent, Instant at) {}

  private final AgentRosterStore roster;
  private final String installationModel;
  private final Clock clock;
  private final Map<UUID, Read> read = new ConcurrentHashMap<>();

  /**
   * @param installationModel the model of an agent that names none (ANTHROPIC_MODEL)
   */
  public RosterReminderAgents(AgentRosterStore roster, String installationModel, Clock clock) {
    this.roster = Objects.requireNonNull(roster, "roster");
    this.installationModel = Objects.requireNonNull(installationModel, "installationModel");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public AgentProfile of(UUID orgId) {
    Instant now = clock.instant();
    Read kept = read.get(orgId);
    if (kept != null && now.isBefore(kept.at().plus(KEPT))) {
      return kept.agent();
    }
    // two threads may both read a stale entry; the row is the same, so either answer will do
    AgentProfile agent =
        roster
            .find(orgId, AgentName.REMINDER)
            .map(row -> row.profile(installationModel))
            .orElseGet(() -> DefaultRoster.profile(AgentName.REMINDER, installationModel));
    read.put(orgId, new Read(agent, now));
    return agent;
  }
}
