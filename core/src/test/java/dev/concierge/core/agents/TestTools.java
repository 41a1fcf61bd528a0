package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.ToolDefinition;
import java.util.List;
import java.util.Map;

/** Tool definitions shaped like the API's operations, for the runtime's and the chat's tests. */
public final class TestTools {
  public static final String PERSON = "3f8e2d1c-0000-4000-8000-000000000001";
  public static final String MOM = "3f8e2d1c-0000-4000-8000-000000000002";
  public static final String DATE_ITEM = "3f8e2d1c-0000-4000-8000-0000000000d1";

  private TestTools() {}

  public static final ToolDefinition CREATE_DATE_ITEM =
      new ToolDefinition(
          "createDateItem",
          "Creates a date item with its reminder rules.",
          Map.of(
              "type",
              "object",
              "additionalProperties",
              false,
              "required",
              List.of("person_id", "title", "date_value"),
              "properties",
              Map.of(
                  "person_id", Map.of("type", "string", "format", "uuid"),
                  "related_person_id", Map.of("type", List.of("string", "null")),
                  "title", Map.of("type", "string"),
                  "date_value", Map.of("type", "string", "format", "date"),
                  "recurrence_rule", Map.of("type", List.of("string", "null")),
                  "leap_day_policy", Map.of("type", "string", "enum", List.of("feb_28", "strict")),
                  "reminder_rules", Map.of("type", List.of("array", "null")))));

  public static final ToolDefinition LIST_DATE_ITEMS =
      new ToolDefinition(
          "listDateItems",
          "Lists a person's date items.",
          Map.of(
              "type",
              "object",
              "required",
              List.of("person_id"),
              "properties",
              Map.of(
                  "person_id", Map.of("type", "string"),
                  "limit", Map.of("type", "integer"))));

  public static final ToolDefinition DELETE_DATE_ITEM =
      new ToolDefinition(
          "deleteDateItem",
          "Deletes a date item.",
          Map.of(
              "type",
              "object",
              "required",
              List.of("date_item_id"),
              "properties",
              Map.of("date_item_id", Map.of("type", "string"))));

  public static Map<String, Object> momsBirthday() {
    return Map.of(
        "person_id",
        PERSON,
        "related_person_id",
        MOM,
        "title",
        "Mom's birthday",
        "date_value",
        "2027-03-15",
        "recurrence_rule",
        "FREQ=YEARLY",
        "reminder_rules",
        List.of(Map.of("reminder_type", "lead_time", "lead_time_days", 14)));
  }
}
