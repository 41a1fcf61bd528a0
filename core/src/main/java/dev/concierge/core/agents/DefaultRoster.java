package dev.concierge.core.agents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The six agents as every organization starts with them: their prompts, the operationIds each may
 * call, and the default limits. Deletes are among the allowed tools on purpose: the runtime turns
 * them into actions a person confirms, so the agent can still offer them.
 */
public final class DefaultRoster {
  private static final Map<AgentName, String> DESCRIPTIONS = new EnumMap<>(AgentName.class);
  private static final Map<AgentName, List<String>> TOOLS = new EnumMap<>(AgentName.class);

  static {
    describe(
        AgentName.REMINDER_MANAGEMENT,
        "creates, changes and removes dates and their reminders",
        "getPerson",
        "listRelationships",
        "listDateCategories",
        "listDateItems",
        "getDateItem",
        "createDateItem",
        "updateDateItem",
        "deleteDateItem",
        "listDateItemReminders",
        "listReminders",
        "getReminder",
        "createReminder",
        "updateReminder",
        "deleteReminder",
        "listUpcomingOccurrences");
    describe(
        AgentName.REMINDER,
        "words reminders and check-ins, and handles replies to a reminder the person received",
        "listReminders",
        "getReminder",
        "listReminderDeliveries",
        "createReminder",
        "retryReminder",
        "getDateItem");
    describe(
        AgentName.RETRIEVAL,
        "answers questions from the person's records; changes nothing",
        "getPerson",
        "listRelationships",
        "listPreferences",
        "getPersonDashboard",
        "listUpcomingOccurrences",
        "listPersonActivity",
        "listDateItems",
        "getDateItem",
        "listReminders",
        "listProjects",
        "getProject",
        "listTasks",
        "listConversations",
        "listMessages",
        "listRecommendations",
        "listCommIdentities",
        "searchEverything");
    describe(
        AgentName.RECOMMENDATION,
        "suggests vendors, venues, restaurants and products from the catalogue",
        "getPerson",
        "listPreferences",
        "listRestaurants",
        "getRestaurant",
        "listVenues",
        "getVenue",
        "listVendors",
        "getVendor",
        "listProducts",
        "getProduct",
        "listProjects",
        "listRecommendations",
        "createRecommendation",
        "updateRecommendation");
    describe(
        AgentName.PROJECT_MANAGEMENT,
        "plans and tracks projects and their tasks",
        "getPerson",
        "listPreferences",
        "listProjects",
        "getProject",
        "createProject",
        "updateProject",
        "listTasks",
        "getTask",
        "createTask",
        "updateTask",
        "deleteTask",
        "listUpcomingOccurrences");
    describe(
        AgentName.DATA_CAPTURE,
        "records facts and preferences people mention, with where they came from",
        "getPerson",
        "updatePerson",
        "listPreferences",
        "createPreference",
        "updatePreference",
        "deletePreference",
        "listRelationships",
        "createRelationship",
        "listCommIdentities",
        "createCommIdentity",
        "updateCommIdentity");
  }

  private DefaultRoster() {}

  private static void describe(AgentName agent, String description, String... tools) {
    DESCRIPTIONS.put(agent, description);
    TOOLS.put(agent, List.of(tools));
  }

  /** Every agent, enabled, on the given model, in {@link AgentName} order. */
  public static List<AgentProfile> profiles(String model) {
    return List.of(AgentName.values()).stream().map(agent -> profile(agent, model)).toList();
  }

  /** The one line the orchestrator's routing prompt shows for the agent. */
  public static String description(AgentName agent) {
    return DESCRIPTIONS.get(agent);
  }

  /** The operationIds the agent may call as every organization starts. */
  public static List<String> tools(AgentName agent) {
    return TOOLS.get(agent);
  }

  public static AgentProfile profile(AgentName agent, String model) {
    return new AgentProfile(
        agent,
        DESCRIPTIONS.get(agent),
        AgentPrompts.system(agent),
        TOOLS.get(agent),
        model,
        RunLimits.DEFAULT,
        true);
  }
}
