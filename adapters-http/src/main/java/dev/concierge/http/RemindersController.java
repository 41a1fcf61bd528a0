package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderChanges;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.Reminders;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** /api/v1/reminders: reminder rules, their delivery history and the manual retry. */
final class RemindersController {
  private final Reminders reminders;
  private final PersonZones zones;
  private final ObjectMapper json;

  RemindersController(Reminders reminders, PersonZones zones, ObjectMapper json) {
    this.reminders = reminders;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    String rule = "/api/v1/reminders/{reminder_rule_id}";
    return List.of(
        Operation.get("/api/v1/reminders", "listReminders", Access.READ, this::list),
        Operation.post("/api/v1/reminders", "createReminder", Access.WRITE, this::create),
        Operation.get(rule, "getReminder", Access.READ, this::get),
        Operation.put(rule, "updateReminder", Access.WRITE, this::update),
        Operation.delete(rule, "deleteReminder", Access.WRITE, this::delete),
        Operation.get(rule + "/history", "listReminderDeliveries", Access.READ, this::history),
        Operation.post(rule + "/retry", "retryReminder", Access.WRITE, this::retry));
  }

  /** status_filter: all (the default), pending, sent or failed. */
  static ReminderStatus statusFilter(Context ctx) {
    String value = Params.query(ctx, "status_filter");
    if (value == null || value.equals("all")) {
      return null;
    }
    return ReminderStatus.fromWireName(value)
        .orElseThrow(
            () ->
                new ValidationException(
                    "status_filter", "must be one of all, pending, sent, failed"));
  }

  private void list(Context ctx) {
    Responses.page(
        ctx,
        reminders
            .list(
                Authentication.caller(ctx),
                Params.queryUuid(ctx, "person_id"),
                Params.queryUuid(ctx, "date_item_id"),
                statusFilter(ctx),
                Params.page(ctx))
            .map(ReminderRuleJson::of));
  }

  private void get(Context ctx) {
    ctx.json(ReminderRuleJson.of(reminders.get(Authentication.caller(ctx), id(ctx))));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    NewReminder reminder =
        DateItemsController.newReminder(body, body.uuid("person_id"), body.uuid("date_item_id"));
    body.validate();
    ReminderRule created = reminders.create(caller, reminder);
    Responses.created(
        ctx, "/api/v1/reminders/" + created.reminderRuleId(), ReminderRuleJson.of(created));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID id = id(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    ReminderChanges changes =
        new ReminderChanges(
            body.change("lead_time_days", body::integer),
            body.change("scheduled_datetime", body::instant),
            body.change("channel_type", f -> DateItemsController.channel(body)),
            body.change("comm_identity_id", body::uuid),
            body.change("metadata_jsonb", body::object));
    body.validate();
    ctx.json(ReminderRuleJson.of(reminders.update(caller, id, changes)));
  }

  private void delete(Context ctx) {
    reminders.delete(Authentication.caller(ctx), id(ctx));
    Responses.deleted(ctx);
  }

  /** In the recipient's zone, like the reminder itself. */
  private void history(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID id = id(ctx);
    var page = reminders.history(caller, id, Params.page(ctx));
    ZoneId zone = zones.ofReminder(caller, id);
    Responses.page(ctx, page.map(delivery -> ReminderDeliveryJson.of(delivery, zone)));
  }

  private void retry(Context ctx) {
    ctx.json(ReminderRuleJson.of(reminders.retry(Authentication.caller(ctx), id(ctx))));
  }

  private static UUID id(Context ctx) {
    return Params.pathUuid(ctx, "reminder_rule_id");
  }
}
