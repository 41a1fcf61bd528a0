package dev.concierge.core.agents.runs;

/**
 * Hears about every run the log records, whatever its status, e.g. to count it in metrics. Must be
 * cheap and never throw: it is told on the thread that answers the chat.
 */
@FunctionalInterface
public interface AgentRunListener {
  AgentRunListener NONE = run -> {};

  /**
   * @param run the run as logged: its agent, status, tokens and latency
   */
  void recorded(LoggedRun run);
}
