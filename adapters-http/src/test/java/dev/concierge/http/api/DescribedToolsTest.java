package dev.concierge.http.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.agents.AgentProfile;
import dev.concierge.core.agents.AgentTool;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.DefaultRoster;
import dev.concierge.http.DescribedTools;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tools described from openapi.json alone are those a running server offers. */
class DescribedToolsTest {

  @Test
  void every_agent_of_the_roster_is_described_the_tools_an_admins_run_is_offered() {
    var admin =
        ApiServer.agentTools(ApiServer.caller(ApiServer.newTenant().adminKey()), Confinement.NONE);

    for (AgentProfile agent : DefaultRoster.profiles("any-model")) {
      List<AgentTool> described = DescribedTools.of(agent.allowedTools());

      assertThat(described)
          .as(agent.name().wireName())
          .isEqualTo(admin.tools(agent.allowedTools()))
          .extracting(AgentTool::name)
          .containsExactlyElementsOf(agent.allowedTools());
    }
  }

  @Test
  void deletes_are_destructive_and_what_is_no_authenticated_operation_is_left_out() {
    List<AgentTool> tools =
        DescribedTools.of(
            List.of("deleteDateItem", "signIn", "getHealth", "noSuchTool", "getPerson"));

    assertThat(tools)
        .extracting(AgentTool::name, AgentTool::destructive)
        .containsExactly(tuple("deleteDateItem", true), tuple("getPerson", false));
  }
}
