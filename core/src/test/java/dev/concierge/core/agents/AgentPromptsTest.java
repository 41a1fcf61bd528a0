package dev.concierge.core.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgentPromptsTest {

  @ParameterizedTest
  @EnumSource(AgentName.class)
  void every_agent_prompt_is_the_house_rules_then_its_own_part(AgentName agent) {
    String prompt = AgentPrompts.system(agent);

    assertThat(prompt)
        .startsWith("You are part of Concierge")
        .contains("Never invent an id", "\"status\": \"refused\"", "needs_confirmation")
        .contains("# You are the " + agent.wireName().replace('_', '-') + " agent");
  }

  @Test
  void each_prompt_is_read_once_and_kept_since_every_run_asks_for_them() {
    assertThat(AgentPrompts.system(AgentName.RETRIEVAL))
        .isSameAs(AgentPrompts.system(AgentName.RETRIEVAL));
    assertThat(AgentPrompts.routing()).isSameAs(AgentPrompts.routing());
  }

  @Test
  void the_routing_prompt_describes_every_agent_by_its_wire_name() {
    String routing = AgentPrompts.routing();

    assertThat(routing).contains("route_to_agent");
    Arrays.stream(AgentName.values())
        .forEach(agent -> assertThat(routing).contains("- " + agent.wireName() + ":"));
  }

  @Test
  void the_reminder_management_prompt_teaches_rules_lead_times_and_scheduled_times() {
    assertThat(AgentPrompts.system(AgentName.REMINDER_MANAGEMENT))
        .contains(
            "FREQ=YEARLY",
            "FREQ=MONTHLY;BYDAY=1MO",
            "\"lead_time_days\": 14",
            "scheduled_datetime",
            "leap_day_policy",
            "related_person_id");
  }

  @Test
  void the_default_roster_has_every_agent_enabled_with_its_prompt_and_tools() {
    assertThat(DefaultRoster.profiles("claude-x"))
        .extracting(AgentProfile::name)
        .containsExactly(AgentName.values());
    assertThat(DefaultRoster.profiles("claude-x"))
        .allSatisfy(
            profile -> {
              assertThat(profile.enabled()).isTrue();
              assertThat(profile.model()).isEqualTo("claude-x");
              assertThat(profile.systemPrompt()).isEqualTo(AgentPrompts.system(profile.name()));
              assertThat(profile.allowedTools())
                  .isNotEmpty()
                  .allMatch(t -> t.matches("[a-z][A-Za-z]+"));
              assertThat(profile.limits()).isEqualTo(RunLimits.DEFAULT);
            });
  }

  @Test
  void retrieval_only_reads() {
    assertThat(DefaultRoster.profile(AgentName.RETRIEVAL, "m").allowedTools())
        .allMatch(
            tool -> tool.startsWith("get") || tool.startsWith("list") || tool.startsWith("search"));
  }
}
