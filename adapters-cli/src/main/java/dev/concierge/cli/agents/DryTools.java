package dev.concierge.cli.agents;

import dev.concierge.core.agents.AgentTool;
import dev.concierge.core.agents.AgentTools;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.llm.JsonTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The agent's tools as the model is offered them, answered without a database: a create or change
 * succeeds with what it was sent and a new id, a list finds nothing, a single read finds nothing.
 * Nothing is written; the run's steps keep what the model sent, which is what an eval measures.
 */
final class DryTools implements AgentTools {
  private final Map<String, AgentTool> tools = new LinkedHashMap<>();

  /**
   * @param described every tool the agent may be offered (the API's, from openapi.json)
   */
  DryTools(List<AgentTool> described) {
    described.forEach(tool -> tools.put(tool.name(), tool));
  }

  @Override
  public List<AgentTool> tools(List<String> names) {
    return names.stream().filter(tools::containsKey).map(tools::get).toList();
  }

  @Override
  public ToolOutcome call(String name, Map<String, Object> input) {
    if (name.startsWith("list")) {
      return ToolOutcome.succeeded("{\"items\":[],\"total\":0}");
    }
    if (name.startsWith("get")) {
      return ToolOutcome.refused(
          "Not found: this dry run holds nothing beyond the context.", List.of());
    }
    String id = UUID.randomUUID().toString();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(idField(name), id);
    answer.putAll(input);
    return new ToolOutcome.Succeeded(JsonTree.write(answer), id);
  }

  @Override
  public ToolOutcome callConfirmed(String name, Map<String, Object> input) {
    return call(name, input);
  }

  /** The id an answer carries, as the API names it: date_item_id, reminder_rule_id, task_id… */
  private static String idField(String operationId) {
    String noun = operationId.replaceFirst("^[a-z]+", "");
    String field = noun.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) + "_id";
    return field.equals("reminder_id") ? "reminder_rule_id" : field;
  }
}
