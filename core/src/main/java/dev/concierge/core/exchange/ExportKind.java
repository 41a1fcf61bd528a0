package dev.concierge.core.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What can be exported, with its columns: the API's field names, in the API's order. Persons add
 * {@code external_id} (their {@code metadata_jsonb.external_id}) and {@code email} (their primary
 * email address), which an import matches rows on.
 */
public enum ExportKind {
  PERSONS(
      "persons",
      List.of(
          "person_id",
          "external_id",
          "full_name",
          "preferred_name",
          "person_type",
          "birthday",
          "timezone",
          "email",
          "created_at",
          "updated_at")),
  DATE_ITEMS(
      "date-items",
      List.of(
          "date_item_id",
          "person_id",
          "category_id",
          "related_person_id",
          "title",
          "date_value",
          "recurrence_rule",
          "leap_day_policy",
          "next_occurrence",
          "notes",
          "created_at",
          "updated_at")),
  REMINDERS(
      "reminders",
      List.of(
          "reminder_rule_id",
          "person_id",
          "date_item_id",
          "comm_identity_id",
          "channel_type",
          "reminder_type",
          "lead_time_days",
          "scheduled_datetime",
          "occurrence_date",
          "status",
          "sent_at",
          "failed_at",
          "attempt_count",
          "created_at",
          "updated_at"));

  private final String wireName;
  private final List<String> columns;

  ExportKind(String wireName, List<String> columns) {
    this.wireName = wireName;
    this.columns = columns;
  }

  /** As the export's URL and command name it: {@code persons}, {@code date-items}, … */
  public String wireName() {
    return wireName;
  }

  public List<String> columns() {
    return columns;
  }

  public static Optional<ExportKind> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(value)).findFirst();
  }
}
