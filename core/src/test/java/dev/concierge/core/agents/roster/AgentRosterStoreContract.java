package dev.concierge.core.agents.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.agents.RunLimits;
import dev.concierge.core.errors.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AgentRosterStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class AgentRosterStoreContract {
  private AgentRosterStore store;
  private UUID org;
  private Caller admin;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract AgentRosterStore store();

  /** An organization without agents yet (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
    admin = Caller.apiKey(UUID.randomUUID(), org, "admin key", ApiRole.ADMIN);
  }

  @Test
  void the_shipped_roster_is_every_agent_in_order_following_the_shipped_prompts_and_tools() {
    int added = store.addShipped(org);

    List<RosterAgent> roster = store.list(org);

    assertThat(added).isEqualTo(AgentName.values().length);
    assertThat(roster).extracting(RosterAgent::name).containsExactly(AgentName.values());
    RosterAgent retrieval = store.find(org, AgentName.RETRIEVAL).orElseThrow();
    assertThat(retrieval.customPrompt()).isNull();
    assertThat(retrieval.customTools()).isNull();
    assertThat(retrieval.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.RETRIEVAL));
    assertThat(retrieval.tools()).isEqualTo(DefaultRoster.tools(AgentName.RETRIEVAL));
    assertThat(retrieval.model()).isNull();
    assertThat(retrieval.limits()).isEqualTo(RunLimits.DEFAULT);
    assertThat(retrieval.enabled()).isTrue();
    assertThat(retrieval.updatedByType()).isNull();
    assertThat(retrieval.updatedAt()).isNotNull();
    assertThat(roster).contains(retrieval);
  }

  @Test
  void adding_the_shipped_roster_again_keeps_the_agents_the_organization_has() {
    store.addShipped(org);
    RosterAgent changed =
        store.save(changed(store.find(org, AgentName.RECOMMENDATION).orElseThrow(), "Our own."));

    int added = store.addShipped(org);

    assertThat(added).isZero();
    assertThat(store.find(org, AgentName.RECOMMENDATION)).contains(changed);
    assertThat(store.list(org)).hasSize(AgentName.values().length);
  }

  @Test
  void the_shipped_roster_added_at_once_from_several_threads_is_there_once() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> adds = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        adds.add(threads.submit(() -> store.addShipped(org)));
      }
      int added = 0;
      for (Future<Integer> add : adds) {
        added += add.get(30, TimeUnit.SECONDS);
      }

      assertThat(added).isEqualTo(AgentName.values().length);
      assertThat(store.list(org)).hasSize(AgentName.values().length);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void a_saved_agent_keeps_its_id_and_name_and_records_who_changed_it() {
    store.addShipped(org);
    RosterAgent before = store.find(org, AgentName.REMINDER).orElseThrow();

    RosterAgent saved =
        store.save(
            before.changedBy(
                admin,
                "Be brief.",
                List.of("getReminder", "listReminders"),
                "claude-haiku-4-5",
                3,
                1_024,
                50_000,
                30,
                false));

    assertThat(saved.agentId()).isEqualTo(before.agentId());
    assertThat(saved.name()).isEqualTo(AgentName.REMINDER);
    assertThat(saved.systemPrompt()).isEqualTo("Be brief.");
    assertThat(saved.tools()).containsExactly("getReminder", "listReminders");
    assertThat(saved.model()).isEqualTo("claude-haiku-4-5");
    assertThat(saved.maxToolRounds()).isEqualTo(3);
    assertThat(saved.maxTokens()).isEqualTo(1_024);
    assertThat(saved.maxRunTokens()).isEqualTo(50_000);
    assertThat(saved.wallTimeSeconds()).isEqualTo(30);
    assertThat(saved.enabled()).isFalse();
    assertThat(saved.updatedByType()).isEqualTo(ActorType.API_KEY);
    assertThat(saved.updatedById()).isEqualTo(admin.actorId().toString());
    assertThat(saved.updatedByName()).isEqualTo("admin key");
    assertThat(saved.updatedAt()).isNotNull();
    assertThat(store.find(org, AgentName.REMINDER)).contains(saved);
  }

  @Test
  void an_agent_set_back_to_the_shipped_prompt_and_tools_follows_them_again() {
    store.addShipped(org);
    RosterAgent custom =
        store.save(changed(store.find(org, AgentName.DATA_CAPTURE).orElseThrow(), "Ours."));

    RosterAgent shipped = store.save(changed(custom, null));

    assertThat(shipped.customPrompt()).isNull();
    assertThat(shipped.customTools()).isNull();
    assertThat(shipped.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.DATA_CAPTURE));
    assertThat(store.find(org, AgentName.DATA_CAPTURE)).contains(shipped);
  }

  @Test
  void another_organizations_agents_are_neither_found_nor_changed() {
    store.addShipped(org);
    UUID other = newOrganization();
    store.addShipped(other);
    RosterAgent ours = store.find(org, AgentName.RETRIEVAL).orElseThrow();
    RosterAgent theirs = store.find(other, AgentName.RETRIEVAL).orElseThrow();

    RosterAgent posing =
        new RosterAgent(
            ours.agentId(),
            other,
            ours.name(),
            "hijacked",
            List.of(),
            null,
            1,
            1_024,
            1_000,
            5,
            true,
            null,
            null,
            null,
            null);

    assertThat(theirs.agentId()).isNotEqualTo(ours.agentId());
    assertThatThrownBy(() -> store.save(posing)).isInstanceOf(NotFoundException.class);
    assertThat(store.find(org, AgentName.RETRIEVAL)).contains(ours);
    assertThat(store.find(other, AgentName.RETRIEVAL)).contains(theirs);
    assertThat(store.list(newOrganization())).isEmpty();
  }

  /** The agent with its own prompt and no tools, or back to the shipped ones (null). */
  private RosterAgent changed(RosterAgent agent, String prompt) {
    return agent.changedBy(
        admin,
        prompt,
        prompt == null ? null : List.of(),
        agent.model(),
        agent.maxToolRounds(),
        agent.maxTokens(),
        agent.maxRunTokens(),
        agent.wallTimeSeconds(),
        agent.enabled());
  }
}
