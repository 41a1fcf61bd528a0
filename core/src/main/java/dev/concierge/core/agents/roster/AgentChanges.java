package dev.concierge.core.agents.roster;

import dev.concierge.core.model.FieldChange;
import java.util.List;

/**
 * A change of an agent by an admin: unmentioned fields stay as they are. A model set to null is the
 * installation's model.
 */
public record AgentChanges(
    FieldChange<String> description,
    FieldChange<String> systemPrompt,
    FieldChange<List<String>> allowedTools,
    FieldChange<String> model,
    FieldChange<Integer> maxSteps,
    FieldChange<Integer> maxTokens,
    FieldChange<Integer> maxRunTokens,
    FieldChange<Integer> maxRunSeconds,
    FieldChange<Boolean> enabled) {}
