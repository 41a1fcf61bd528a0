package dev.concierge.core.agents.roster;

import dev.concierge.core.model.FieldChange;
import java.util.List;

/**
 * A change of an agent by an admin: unmentioned fields stay as they are. A prompt or tool list set
 * to null goes back to the shipped one, a model set to null to the installation's.
 */
public record AgentChanges(
    FieldChange<String> systemPrompt,
    FieldChange<List<String>> tools,
    FieldChange<String> model,
    FieldChange<Integer> maxToolRounds,
    FieldChange<Integer> maxTokens,
    FieldChange<Integer> maxRunTokens,
    FieldChange<Integer> wallTimeSeconds,
    FieldChange<Boolean> enabled) {}
