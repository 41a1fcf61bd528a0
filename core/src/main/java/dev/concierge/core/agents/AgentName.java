package dev.concierge.core.agents;

import java.util.Arrays;
import java.util.Optional;

/** The six specialised agents the orchestrator chooses from; wire names are snake_case. */
public enum AgentName {
  /** Creates and changes dates and their reminders from plain language. */
  REMINDER_MANAGEMENT("reminder_management"),
  /** Words the reminders and check-ins the dispatcher sends, and handles replies to them. */
  REMINDER("reminder"),
  /** Answers questions from the person's records. */
  RETRIEVAL("retrieval"),
  /** Suggests vendors, venues, restaurants and products from the catalogue. */
  RECOMMENDATION("recommendation"),
  /** Plans projects and their tasks. */
  PROJECT_MANAGEMENT("project_management"),
  /** Notes what people tell us about themselves: preferences, contacts, facts. */
  DATA_CAPTURE("data_capture");

  private final String wireName;

  AgentName(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<AgentName> fromWireName(String name) {
    return Arrays.stream(values()).filter(agent -> agent.wireName.equals(name)).findFirst();
  }
}
