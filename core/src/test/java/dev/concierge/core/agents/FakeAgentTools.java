package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.ToolDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Tools whose behaviour a test gives, and which record every call that reaches them. */
public final class FakeAgentTools implements AgentTools {

  /** One call that reached a tool. */
  public record Call(String tool, Map<String, Object> input) {}

  private final Map<String, AgentTool> tools = new LinkedHashMap<>();
  private final Map<String, Function<Map<String, Object>, ToolOutcome>> behaviours =
      new LinkedHashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final List<Call> confirmed = new ArrayList<>();

  public FakeAgentTools add(
      ToolDefinition definition, Function<Map<String, Object>, ToolOutcome> behaviour) {
    return add(definition, false, behaviour);
  }

  public FakeAgentTools addDestructive(ToolDefinition definition) {
    return add(
        definition,
        true,
        input -> {
          throw new AssertionError("a destructive tool must never be run by the runtime");
        });
  }

  private FakeAgentTools add(
      ToolDefinition definition,
      boolean destructive,
      Function<Map<String, Object>, ToolOutcome> behaviour) {
    tools.put(definition.name(), new AgentTool(definition, destructive));
    behaviours.put(definition.name(), behaviour);
    return this;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The calls a person confirmed, which ran even when destructive. */
  public List<Call> confirmed() {
    return List.copyOf(confirmed);
  }

  @Override
  public List<AgentTool> tools(List<String> names) {
    return names.stream().filter(tools::containsKey).map(tools::get).toList();
  }

  @Override
  public synchronized ToolOutcome call(String name, Map<String, Object> input) {
    calls.add(new Call(name, input));
    return behaviours.get(name).apply(input);
  }

  @Override
  public synchronized ToolOutcome callConfirmed(String name, Map<String, Object> input) {
    confirmed.add(new Call(name, input));
    return tools.get(name).destructive()
        ? ToolOutcome.succeeded("{}")
        : behaviours.get(name).apply(input);
  }
}
