package dev.concierge.cli.agents;

import dev.concierge.core.agents.AgentName;
import java.util.List;

/**
 * How one case of an eval went.
 *
 * @param number its place in the file, from 1
 * @param routedTo the agent the router chose; null when routing failed
 * @param routingFailure why the router chose none; null when it chose
 * @param extraction how the reminder-management agent did; null when the case expects nothing of it
 */
public record CaseResult(
    int number,
    String message,
    AgentName expected,
    AgentName routedTo,
    String routingFailure,
    ExtractionResult extraction) {

  public boolean routedRight() {
    return expected == routedTo;
  }

  /**
   * @param runStatus how the agent's run ended (succeeded, limit_reached, failed…)
   * @param mismatches how what it created differs from what was expected; empty when it does not
   */
  public record ExtractionResult(String runStatus, List<String> mismatches) {
    public ExtractionResult {
      mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
      return mismatches.isEmpty();
    }
  }
}
