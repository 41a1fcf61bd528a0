package dev.concierge.cli.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** A yearly date with a lead-time reminder, and a scheduled reminder of its own. */
final class DateChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String tag = audit.tag();
    String dateItems = "/api/v1/date-items";
    LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    Reply item =
        audit
            .call("POST", dateItems)
            .body(
                "person_id",
                audit.id("person_id"),
                "title",
                tag + "-anniversary",
                "date_value",
                soon.minusYears(5).toString(),
                "recurrence_rule",
                "FREQ=YEARLY",
                "reminder_rules",
                List.of(
                    Map.of(
                        "reminder_type",
                        "lead_time",
                        "lead_time_days",
                        7,
                        "channel_type",
                        "email")))
            .expect(
                201,
                r -> {
                  r.text("next_occurrence");
                  if (r.json().path("reminder_rules").size() != 1) {
                    throw new Failure("expected one reminder rule");
                  }
                });
    audit.createdThenGone(item, "date_item_id", dateItems + "/{date_item_id}");
    audit
        .call("POST", dateItems)
        .body(
            "person_id",
            audit.id("person_id"),
            "title",
            tag + "-bad-rule",
            "date_value",
            soon.toString(),
            "recurrence_rule",
            "FREQ=FORTNIGHTLY")
        .expect(400, r -> r.expectErrorOn("recurrence_rule"));
    audit
        .call("GET", "/api/v1/persons/{person_id}/date-items")
        .query("upcoming_only=true")
        .expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", dateItems + "/{date_item_id}")
        .expect(200, r -> r.expectField("date_item_id", audit.id("date_item_id")));
    audit
        .call("PUT", dateItems + "/{date_item_id}")
        .body("notes", "checked by the audit")
        .expect(200, r -> r.expectField("notes", "checked by the audit"));
    audit.call("GET", dateItems + "/{date_item_id}/reminders").expect(200, r -> r.expectTotal(1));

    String reminders = "/api/v1/reminders";
    String at =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.SECONDS).toString();
    Reply reminder =
        audit
            .call("POST", reminders)
            .body(
                "reminder_type",
                "scheduled",
                "person_id",
                audit.id("person_id"),
                "scheduled_datetime",
                at,
                "channel_type",
                "email",
                "metadata_jsonb",
                Map.of("note", tag))
            .expect(201, r -> r.expectField("reminder_type", "scheduled"));
    audit.created(reminder, "reminder_rule_id", reminders + "/{reminder_rule_id}");
    audit
        .call("GET", reminders)
        .query("person_id=" + audit.id("person_id") + "&status_filter=pending")
        .expect(200, r -> r.expectTotal(2));
    audit
        .call("GET", reminders + "/{reminder_rule_id}")
        .expect(200, r -> r.expectField("reminder_rule_id", audit.id("reminder_rule_id")));
    audit
        .call("PUT", reminders + "/{reminder_rule_id}")
        .body("metadata_jsonb", Map.of("note", tag + "-changed"))
        .expect(200, r -> r.expectField("reminder_rule_id", audit.id("reminder_rule_id")));
    audit.call("GET", reminders + "/{reminder_rule_id}/history").expect(200, r -> r.expectTotal(0));
    // a pending reminder has nothing to retry: the API says so with a 409
    audit.call("POST", reminders + "/{reminder_rule_id}/retry").expect(409);
    // paused and resumed in one bulk request: both applied, and it is pending again
    String reminderId = audit.id("reminder_rule_id");
    audit
        .call("POST", reminders + "/bulk")
        .body(
            "operations",
            List.of(
                Map.of("op", "pause", "reminder_id", String.valueOf(reminderId)),
                Map.of("op", "resume", "reminder_id", String.valueOf(reminderId))))
        .expect(200, r -> r.expectField("applied", "2"));
  }
}
