package dev.concierge.core.agents.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.errors.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentRosterStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class AgentRosterStoreContract {
  private AgentRosterStore store;
  private UUID org;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract AgentRosterStore store();

  /**
   * An organization without agents yet (a row, where the store needs one; a new one gets the
   * roster, so the subclass clears it).
   */
  protected abstract UUID newOrganization();

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
  }

  @Test
  void the_seeded_roster_is_stored_whole_and_listed_in_agent_order() {
    int added = store.addMissing(RosterAgent.seeded(org));

    List<RosterAgent> roster = store.list(org);

    assertThat(added).isEqualTo(AgentName.values().length);
    assertThat(roster).extracting(RosterAgent::name).containsExactly(AgentName.values());
    RosterAgent retrieval = store.find(org, AgentName.RETRIEVAL).orElseThrow();
    assertThat(retrieval.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.RETRIEVAL));
    assertThat(retrieval.allowedTools()).contains("listPreferences", "listRelationships");
    assertThat(retrieval.model()).isNull();
    assertThat(retrieval.maxSteps()).isEqualTo(8);
    assertThat(retrieval.maxTokens()).isEqualTo(2_048);
    assertThat(retrieval.maxRunTokens()).isEqualTo(200_000);
    assertThat(retrieval.maxRunSeconds()).isEqualTo(60);
    assertThat(retrieval.enabled()).isTrue();
    assertThat(retrieval.createdAt()).isNotNull();
    assertThat(retrieval.updatedAt()).isNotNull();
    assertThat(roster).contains(retrieval);
  }

  @Test
  void adding_the_roster_again_keeps_the_agents_the_organization_has() {
    store.addMissing(RosterAgent.seeded(org));
    RosterAgent changed =
        store.save(changedPrompt(store.find(org, AgentName.RECOMMENDATION).orElseThrow()));

    int added = store.addMissing(RosterAgent.seeded(org));

    assertThat(added).isZero();
    assertThat(store.find(org, AgentName.RECOMMENDATION)).contains(changed);
    assertThat(store.list(org)).hasSize(AgentName.values().length);
  }

  @Test
  void a_saved_agent_keeps_its_id_and_creation_and_changes_the_rest() {
    store.addMissing(RosterAgent.seeded(org));
    RosterAgent before = store.find(org, AgentName.REMINDER).orElseThrow();

    RosterAgent saved =
        store.save(
            before.changed(
                "words reminders",
                "Be brief.",
                List.of("getReminder"),
                "claude-haiku-4-5",
                3,
                1_024,
                50_000,
                30,
                false));

    assertThat(saved.agentId()).isEqualTo(before.agentId());
    assertThat(saved.createdAt()).isEqualTo(before.createdAt());
    assertThat(saved.description()).isEqualTo("words reminders");
    assertThat(saved.systemPrompt()).isEqualTo("Be brief.");
    assertThat(saved.allowedTools()).containsExactly("getReminder");
    assertThat(saved.model()).isEqualTo("claude-haiku-4-5");
    assertThat(saved.maxSteps()).isEqualTo(3);
    assertThat(saved.maxTokens()).isEqualTo(1_024);
    assertThat(saved.maxRunTokens()).isEqualTo(50_000);
    assertThat(saved.maxRunSeconds()).isEqualTo(30);
    assertThat(saved.enabled()).isFalse();
    assertThat(store.find(org, AgentName.REMINDER)).contains(saved);
  }

  @Test
  void another_organizations_agents_are_neither_found_nor_changed() {
    store.addMissing(RosterAgent.seeded(org));
    UUID other = newOrganization();

    assertThat(store.list(other)).isEmpty();
    assertThat(store.find(other, AgentName.RETRIEVAL)).isEmpty();
    RosterAgent ours = store.find(org, AgentName.RETRIEVAL).orElseThrow();
    RosterAgent posing =
        new RosterAgent(
            ours.agentId(),
            other,
            ours.name(),
            "hijacked",
            "hijacked",
            List.of(),
            null,
            1,
            1_024,
            1_000,
            5,
            true,
            null,
            null);
    assertThatThrownBy(() -> store.save(posing)).isInstanceOf(NotFoundException.class);
    assertThat(store.find(org, AgentName.RETRIEVAL)).contains(ours);
  }

  private static RosterAgent changedPrompt(RosterAgent agent) {
    return agent.changed(
        agent.description(),
        "Our own prompt.",
        agent.allowedTools(),
        agent.model(),
        agent.maxSteps(),
        agent.maxTokens(),
        agent.maxRunTokens(),
        agent.maxRunSeconds(),
        agent.enabled());
  }
}
