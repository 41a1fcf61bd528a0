package dev.concierge.core.agents;

import java.util.List;
import java.util.Map;

/**
 * The operations an agent may call, bound to the run's caller: an implementation answers and acts
 * exactly as the caller's own request would, so a run can never reach further than its caller.
 */
public interface AgentTools {

  /** The tools of these names, in that order; a name it does not know is left out. */
  List<AgentTool> tools(List<String> names);

  /**
   * Runs one operation. An expected refusal (invalid input, not found, forbidden, conflict) comes
   * back as {@link ToolOutcome.Refused}, and so does a destructive tool, which only {@link
   * #callConfirmed} runs; the runtime also turns a thrown {@link
   * dev.concierge.core.errors.ConciergeException} into one, so that the model can correct itself.
   *
   * @param input the tool's input as a JSON object (see {@link
   *     dev.concierge.core.agents.llm.JsonTree})
   */
  ToolOutcome call(String name, Map<String, Object> input);

  /**
   * Runs an operation a person has confirmed: unlike {@link #call}, a destructive one (a delete)
   * runs too. Everything else is as for {@link #call}: the caller's organization and role, and a
   * confinement, still hold.
   */
  ToolOutcome callConfirmed(String name, Map<String, Object> input);
}
