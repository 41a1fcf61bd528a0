package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.core.agents.AgentName;
import dev.concierge.core.agents.AgentPrompts;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.DefaultRoster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentsApiTest {
  private static final String AGENTS = "/api/v1/agents";

  private ApiServer.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
  }

  @Test
  void an_organization_made_after_the_migration_has_the_six_shipped_agents_for_every_role() {
    ApiServer.Response listed = tenant.asAnalyst("GET", AGENTS, null);

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.header("X-Total-Count")).isEqualTo("6");
    assertThat(names(listed.json()))
        .containsExactlyElementsOf(
            Arrays.stream(AgentName.values()).map(AgentName::wireName).toList());
    JsonNode retrieval = listed.json().get(AgentName.RETRIEVAL.ordinal());
    assertThat(retrieval.get("description").asText())
        .isEqualTo(DefaultRoster.description(AgentName.RETRIEVAL));
    assertThat(retrieval.get("system_prompt").asText())
        .isEqualTo(AgentPrompts.system(AgentName.RETRIEVAL));
    assertThat(retrieval.get("custom_prompt").asBoolean()).isFalse();
    assertThat(strings(retrieval.get("tools")))
        .containsExactlyElementsOf(DefaultRoster.tools(AgentName.RETRIEVAL));
    assertThat(retrieval.get("custom_tools").asBoolean()).isFalse();
    assertThat(retrieval.get("model").isNull()).isTrue();
    assertThat(retrieval.get("max_tool_rounds").asInt()).isEqualTo(8);
    assertThat(retrieval.get("max_tokens").asInt()).isEqualTo(2048);
    assertThat(retrieval.get("max_run_tokens").asInt()).isEqualTo(200_000);
    assertThat(retrieval.get("wall_time_seconds").asInt()).isEqualTo(60);
    assertThat(retrieval.get("enabled").asBoolean()).isTrue();
    assertThat(retrieval.get("updated_by").isNull()).isTrue();
    assertThat(tenant.get(AGENTS + "/retrieval").json()).isEqualTo(retrieval);
  }

  @Test
  void an_admin_sets_up_an_agent_audited_and_sets_it_back_to_the_shipped_prompt_and_tools() {
    String capture = AGENTS + "/data_capture";

    ApiServer.Response changed =
        tenant.asAdmin(
            "PUT",
            capture,
            json(
                "system_prompt",
                "Note only what the person says of themselves.",
                "tools",
                List.of("getPerson", "createPreference"),
                "model",
                "claude-haiku-4-5",
                "max_tool_rounds",
                3,
                "wall_time_seconds",
                30));

    assertThat(changed.status()).isEqualTo(200);
    JsonNode agent = changed.json();
    assertThat(agent.get("system_prompt").asText())
        .isEqualTo("Note only what the person says of themselves.");
    assertThat(agent.get("custom_prompt").asBoolean()).isTrue();
    assertThat(strings(agent.get("tools"))).containsExactly("getPerson", "createPreference");
    assertThat(agent.get("custom_tools").asBoolean()).isTrue();
    assertThat(agent.get("model").asText()).isEqualTo("claude-haiku-4-5");
    assertThat(agent.get("max_tool_rounds").asInt()).isEqualTo(3);
    assertThat(agent.get("max_tokens").asInt()).isEqualTo(2048);
    assertThat(agent.get("wall_time_seconds").asInt()).isEqualTo(30);
    assertThat(agent.at("/updated_by/actor_type").asText()).isEqualTo("api_key");
    assertThat(agent.at("/updated_by/actor_name").asText()).isEqualTo("admin");
    assertThat(tenant.get(capture).json()).isEqualTo(agent);
    JsonNode entry = tenant.asAdmin("GET", "/api/v1/audit-log?entity_type=agent", null).json();
    assertThat(entry).hasSize(1);
    assertThat(strings(entry.get(0).at("/changes_jsonb/fields")))
        .containsExactly("system_prompt", "tools", "model", "max_tool_rounds", "wall_time_seconds");

    JsonNode shipped =
        tenant
            .asAdmin("PUT", capture, json("system_prompt", null, "tools", null, "model", null))
            .json();

    assertThat(shipped.get("custom_prompt").asBoolean()).isFalse();
    assertThat(shipped.get("system_prompt").asText())
        .isEqualTo(AgentPrompts.system(AgentName.DATA_CAPTURE));
    assertThat(strings(shipped.get("tools")))
        .containsExactlyElementsOf(DefaultRoster.tools(AgentName.DATA_CAPTURE));
    assertThat(shipped.get("model").isNull()).isTrue();
    assertThat(shipped.get("max_tool_rounds").asInt()).isEqualTo(3);
  }

  @Test
  void tools_that_are_no_operation_an_agent_may_call_are_refused_by_name() {
    ApiServer.Response refused =
        tenant.asAdmin(
            "PUT",
            AGENTS + "/retrieval",
            json("tools", List.of("listPersons", "dropDatabase", "updateAgent", "signIn")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorFields()).containsExactly("tools");
    assertThat(refused.json().at("/errors/0/message").asText())
        .endsWith(": dropDatabase, updateAgent, signIn");
    assertThat(tenant.get(AGENTS + "/retrieval").json().get("custom_tools").asBoolean()).isFalse();
  }

  @Test
  void limits_out_of_bounds_are_refused_and_the_last_enabled_agent_stays_enabled() {
    ApiServer.Response bad =
        tenant.asAdmin(
            "PUT",
            AGENTS + "/reminder",
            json(
                "system_prompt",
                "",
                "model",
                "claude sonnet",
                "max_tokens",
                10,
                "max_run_tokens",
                null,
                "wall_time_seconds",
                3600));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields())
        .containsExactly(
            "system_prompt", "model", "max_tokens", "max_run_tokens", "wall_time_seconds");
    assertThat(tenant.asAdmin("PUT", AGENTS + "/reminder", json("enabled", "no")).errorFields())
        .containsExactly("enabled");

    for (AgentName agent : AgentName.values()) {
      if (agent != AgentName.RETRIEVAL) {
        assertThat(
                tenant
                    .asAdmin("PUT", AGENTS + "/" + agent.wireName(), json("enabled", false))
                    .status())
            .isEqualTo(200);
      }
    }
    assertThat(
            tenant
                .asAdmin("PUT", AGENTS + "/retrieval", json("enabled", false))
                .json()
                .path("status")
                .asInt())
        .isEqualTo(409);
  }

  @Test
  void only_admins_set_up_agents_an_unknown_one_is_not_found_and_another_organizations_are_apart() {
    String body = json("enabled", false);
    ApiServer.Tenant other = ApiServer.newTenant();

    assertThat(tenant.put(AGENTS + "/recommendation", body).status()).isEqualTo(403);
    assertThat(tenant.asAnalyst("PUT", AGENTS + "/recommendation", body).status()).isEqualTo(403);
    ApiServer.Response unknown = tenant.get(AGENTS + "/concierge");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(tenant.asAdmin("PUT", AGENTS + "/Retrieval", body).status()).isEqualTo(404);

    assertThat(other.asAdmin("PUT", AGENTS + "/recommendation", body).status()).isEqualTo(200);

    assertThat(tenant.get(AGENTS + "/recommendation").json().get("enabled").asBoolean()).isTrue();
  }

  @Test
  void the_assistants_own_operations_are_no_tools_of_an_agent() {
    List<String> tools =
        ApiServer.agentTools(ApiServer.caller(tenant.adminKey()), Confinement.NONE).names();

    assertThat(tools)
        .contains("listPersons")
        .doesNotContain("listAgents", "getAgent", "updateAgent", "listAgentRuns", "getAgentRun");
  }

  private static List<String> names(JsonNode agents) {
    List<String> names = new ArrayList<>();
    agents.forEach(agent -> names.add(agent.get("name").asText()));
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asText()));
    return strings;
  }
}
