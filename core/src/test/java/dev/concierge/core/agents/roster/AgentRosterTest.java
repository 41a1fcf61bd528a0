package dev.concierge.core.agents.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.core.agents.RunLimits;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.testing.InMemoryAgentRosterStore;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.TickingClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules of an organization's agents, over stores in memory. */
class AgentRosterTest {
  private static final Predicate<String> OPERATIONS =
      Set.of("getPerson", "listDateItems", "createDateItem", "listPreferences")::contains;

  private final InMemoryAgentRosterStore store =
      new InMemoryAgentRosterStore(TickingClock.fromNow());
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final AgentRoster roster = new AgentRoster(store, new AuditTrail(audited, Supplier::get));
  private final UUID org = UUID.randomUUID();
  private final Caller admin = Caller.apiKey(UUID.randomUUID(), org, "admin", ApiRole.ADMIN);

  @Test
  void an_organization_without_agents_gets_the_shipped_six_when_any_role_first_reads_them() {
    Caller analyst = Caller.apiKey(UUID.randomUUID(), org, "reader", ApiRole.ANALYST);

    assertThat(roster.list(analyst))
        .extracting(RosterAgent::name)
        .containsExactly(AgentName.values());
    assertThat(roster.list(analyst)).allMatch(RosterAgent::enabled);
    assertThat(store.list(org)).hasSize(AgentName.values().length);
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void one_agent_read_by_name_is_there_from_the_start_too() {
    UUID another = UUID.randomUUID();
    Caller concierge = Caller.apiKey(UUID.randomUUID(), another, "staff", ApiRole.CONCIERGE);

    RosterAgent capture = roster.get(concierge, "data_capture");

    assertThat(capture.name()).isEqualTo(AgentName.DATA_CAPTURE);
    assertThat(capture.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.DATA_CAPTURE));
    assertThat(capture.tools()).isEqualTo(DefaultRoster.tools(AgentName.DATA_CAPTURE));
    assertThat(store.list(another)).hasSize(AgentName.values().length);
  }

  @Test
  void an_unknown_name_is_not_found_and_another_organizations_agents_are_not_ours() {
    RosterAgent ours = roster.get(admin, "retrieval");
    Caller stranger = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);

    assertThatThrownBy(() -> roster.get(admin, "concierge")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> roster.get(admin, "RETRIEVAL")).isInstanceOf(NotFoundException.class);
    assertThat(roster.get(stranger, "retrieval").agentId()).isNotEqualTo(ours.agentId());
  }

  @Test
  void an_admin_changes_an_agent_and_the_change_is_audited_against_its_id() {
    RosterAgent before = roster.get(admin, "reminder_management");

    RosterAgent after =
        roster.update(
            admin,
            "reminder_management",
            changes(
                FieldChange.to("  Dates only.  "),
                FieldChange.to(List.of("getPerson", "createDateItem")),
                FieldChange.to("claude-haiku-4-5"),
                FieldChange.to(4),
                FieldChange.unchanged()),
            OPERATIONS);

    assertThat(after.systemPrompt()).isEqualTo("Dates only.");
    assertThat(after.tools()).containsExactly("getPerson", "createDateItem");
    assertThat(after.model()).isEqualTo("claude-haiku-4-5");
    assertThat(after.maxToolRounds()).isEqualTo(4);
    assertThat(after.maxTokens()).isEqualTo(before.maxTokens());
    assertThat(after.updatedByName()).isEqualTo("admin");
    assertThat(roster.get(admin, "reminder_management")).isEqualTo(after);
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
              assertThat(entry.entityType()).isEqualTo(EntityType.AGENT);
              assertThat(entry.entityId()).isEqualTo(before.agentId());
              assertThat(entry.fields())
                  .containsExactly("system_prompt", "tools", "model", "max_tool_rounds");
            });
  }

  @Test
  void a_prompt_and_tools_set_to_null_follow_the_shipped_roster_again() {
    roster.update(
        admin,
        "retrieval",
        changes(
            FieldChange.to("Ours."),
            FieldChange.to(List.of("getPerson")),
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.unchanged()),
        OPERATIONS);

    RosterAgent shipped =
        roster.update(
            admin,
            "retrieval",
            changes(
                FieldChange.to(null),
                FieldChange.to(null),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged()),
            OPERATIONS);

    assertThat(shipped.customPrompt()).isNull();
    assertThat(shipped.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.RETRIEVAL));
    assertThat(shipped.tools()).isEqualTo(DefaultRoster.tools(AgentName.RETRIEVAL));
  }

  @Test
  void only_admins_change_agents() {
    for (ApiRole role : List.of(ApiRole.CONCIERGE, ApiRole.ANALYST)) {
      Caller caller = Caller.apiKey(UUID.randomUUID(), org, "staff", role);
      assertThatThrownBy(() -> roster.update(caller, "retrieval", enabled(false), OPERATIONS))
          .isInstanceOf(ForbiddenException.class);
    }
    assertThat(roster.get(admin, "retrieval").enabled()).isTrue();
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void a_prompt_tools_model_and_limits_out_of_bounds_are_each_refused_by_name() {
    AgentChanges bad =
        new AgentChanges(
            FieldChange.to("   "),
            FieldChange.to(List.of("getPerson", "dropDatabase", "getPerson", "listEverything")),
            FieldChange.to("claude sonnet"),
            FieldChange.to(51),
            FieldChange.to(100),
            FieldChange.to(999),
            FieldChange.to(601),
            FieldChange.to(null));

    assertThatThrownBy(() -> roster.update(admin, "retrieval", bad, OPERATIONS))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly(
                      "system_prompt",
                      "model",
                      "max_tool_rounds",
                      "max_tokens",
                      "max_run_tokens",
                      "wall_time_seconds",
                      "enabled",
                      "tools",
                      "tools");
              assertThat(e.errors().get(7).message()).contains("getPerson");
              assertThat(e.errors().get(8).message()).endsWith(": dropDatabase, listEverything");
            });
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void an_agent_without_a_model_runs_on_the_installations_with_its_own_limits() {
    roster.update(
        admin,
        "retrieval",
        new AgentChanges(
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.to(3),
            FieldChange.to(1_000),
            FieldChange.to(20_000),
            FieldChange.to(15),
            FieldChange.unchanged()),
        OPERATIONS);
    roster.update(
        admin,
        "recommendation",
        changes(
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.to("claude-opus-4-1"),
            FieldChange.unchanged(),
            FieldChange.unchanged()),
        OPERATIONS);

    List<AgentProfile> profiles = roster.profiles(admin, "claude-sonnet-4-5");

    AgentProfile retrieval = profiles.get(AgentName.RETRIEVAL.ordinal());
    assertThat(retrieval.model()).isEqualTo("claude-sonnet-4-5");
    assertThat(retrieval.limits())
        .isEqualTo(new RunLimits(3, 20_000, 1_000, Duration.ofSeconds(15), 3));
    assertThat(retrieval.systemPrompt()).isEqualTo(AgentPrompts.system(AgentName.RETRIEVAL));
    assertThat(retrieval.description()).isEqualTo(DefaultRoster.description(AgentName.RETRIEVAL));
    assertThat(profiles.get(AgentName.RECOMMENDATION.ordinal()).model())
        .isEqualTo("claude-opus-4-1");
    assertThat(profiles.get(AgentName.REMINDER.ordinal()))
        .isEqualTo(DefaultRoster.profile(AgentName.REMINDER, "claude-sonnet-4-5"));
  }

  @Test
  void the_last_enabled_agent_cannot_be_disabled() {
    for (AgentName agent : AgentName.values()) {
      if (agent != AgentName.RETRIEVAL) {
        roster.update(admin, agent.wireName(), enabled(false), OPERATIONS);
      }
    }

    assertThatThrownBy(() -> roster.update(admin, "retrieval", enabled(false), OPERATIONS))
        .isInstanceOf(ConflictException.class);
    assertThat(roster.get(admin, "retrieval").enabled()).isTrue();
    assertThat(roster.profiles(admin, "claude-sonnet-4-5"))
        .filteredOn(AgentProfile::enabled)
        .extracting(AgentProfile::name)
        .containsExactly(AgentName.RETRIEVAL);

    roster.update(admin, "reminder", enabled(true), OPERATIONS);
    assertThat(roster.update(admin, "retrieval", enabled(false), OPERATIONS).enabled()).isFalse();
  }

  private static AgentChanges enabled(boolean enabled) {
    return changes(
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.to(enabled));
  }

  private static AgentChanges changes(
      FieldChange<String> prompt,
      FieldChange<List<String>> tools,
      FieldChange<String> model,
      FieldChange<Integer> toolRounds,
      FieldChange<Boolean> enabled) {
    return new AgentChanges(
        prompt,
        tools,
        model,
        toolRounds,
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        enabled);
  }
}
