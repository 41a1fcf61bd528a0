package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.ToolDefinition;
import java.util.Objects;

/**
 * A tool an agent may be offered.
 *
 * @param destructive whether calling it deletes something: the runtime never runs such a call but
 *     turns it into an action a person confirms
 */
public record AgentTool(ToolDefinition definition, boolean destructive) {
  public AgentTool {
    Objects.requireNonNull(definition, "definition");
  }

  public String name() {
    return definition.name();
  }
}
