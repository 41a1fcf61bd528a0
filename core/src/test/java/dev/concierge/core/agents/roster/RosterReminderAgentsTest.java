package dev.concierge.core.agents.roster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.testing.InMemoryAgentRosterStore;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RosterReminderAgentsTest {
  private static final String MODEL = "claude-sonnet-4-5";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-11T08:00:00Z"));
  private final InMemoryAgentRosterStore store = new InMemoryAgentRosterStore(clock);
  private final AgentRoster roster =
      new AgentRoster(store, new AuditTrail(new InMemoryAuditStore(), Supplier::get));
  private final RosterReminderAgents agents = new RosterReminderAgents(store, MODEL, clock);
  private final UUID org = UUID.randomUUID();
  private final Caller admin = Caller.apiKey(UUID.randomUUID(), org, "admin", ApiRole.ADMIN);

  @Test
  void
      an_organization_without_a_roster_gets_the_shipped_reminder_agent_on_the_installations_model() {
    AgentProfile agent = agents.of(UUID.randomUUID());

    assertThat(agent.name()).isEqualTo(AgentName.REMINDER);
    assertThat(agent.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.REMINDER));
    assertThat(agent.model()).isEqualTo(MODEL);
    assertThat(agent.enabled()).isTrue();
  }

  @Test
  void an_admins_change_is_read_from_the_roster_once_what_was_read_before_has_aged() {
    roster.list(admin);
    assertThat(agents.of(org).systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.REMINDER));

    change("Write like a butler.", "claude-haiku-4-5", false);
    AgentProfile stillKept = agents.of(org);
    clock.advance(RosterReminderAgents.KEPT);
    AgentProfile changed = agents.of(org);

    assertThat(stillKept.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.REMINDER));
    assertThat(changed.systemPrompt()).isEqualTo("Write like a butler.");
    assertThat(changed.model()).isEqualTo("claude-haiku-4-5");
    assertThat(changed.enabled()).isFalse();
  }

  @Test
  void each_organization_gets_its_own_reminder_agent() {
    UUID other = UUID.randomUUID();
    roster.list(admin);
    change("Write like a butler.", null, true);
    clock.advance(Duration.ofMinutes(1));

    assertThat(agents.of(org).systemPrompt()).isEqualTo("Write like a butler.");
    assertThat(agents.of(other).systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.REMINDER));
  }

  private void change(String prompt, String model, boolean enabled) {
    roster.update(
        admin,
        AgentName.REMINDER.wireName(),
        new AgentChanges(
            FieldChange.to(prompt),
            FieldChange.unchanged(),
            model == null ? FieldChange.unchanged() : FieldChange.to(model),
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.to(enabled)),
        name -> true);
  }
}
