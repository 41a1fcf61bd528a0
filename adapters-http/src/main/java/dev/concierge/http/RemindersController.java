package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ConciergeException;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderChanges;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.core.reminders.Reminders;
import dev.concierge.core.reminders.bulk.BulkAction;
import dev.concierge.core.reminders.bulk.BulkItemResult;
import dev.concierge.core.reminders.bulk.BulkOperation;
import dev.concierge.core.reminders.bulk.BulkReminders;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * /api/v1/reminders: reminder rules, their delivery history, the manual retry, and bulk operations.
 */
final class RemindersController {
  private final Reminders reminders;
  private final BulkReminders bulk;
  private final PersonZones zones;
  private final ObjectMapper json;

  RemindersController(
      Reminders reminders, BulkReminders bulk, PersonZones zones, ObjectMapper json) {
    this.reminders = reminders;
    this.bulk = bulk;
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
        Operation.post(rule + "/retry", "retryReminder", Access.WRITE, this::retry),
        Operation.post("/api/v1/reminders/bulk", "bulkReminders", Access.WRITE, this::bulk));
  }

  /** status_filter: all (the default), pending, sent, failed or paused. */
  static ReminderStatus statusFilter(Context ctx) {
    String value = Params.query(ctx, "status_filter");
    if (value == null || value.equals("all")) {
      return null;
    }
    return ReminderStatus.fromWireName(value)
        .orElseThrow(
            () ->
                new ValidationException(
                    "status_filter", "must be one of all, pending, sent, failed, paused"));
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

  private void bulk(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    Boolean atomic = body.bool("atomic");
    List<BulkOperation> operations = new ArrayList<>();
    for (JsonBody item : body.objects("operations")) {
      BulkAction action =
          item.require("op")
              .enumeration(
                  "op", BulkAction::fromWireName, BulkAction.values(), BulkAction::wireName);
      if (action == null) {
        continue;
      }
      if (action == BulkAction.CREATE) {
        // a create makes its own id; one sent anyway is still read, so a malformed one is refused
        item.uuid("reminder_id");
        operations.add(
            BulkOperation.create(
                DateItemsController.newReminder(
                    item, item.uuid("person_id"), item.uuid("date_item_id"))));
      } else {
        operations.add(
            new BulkOperation(
                action,
                item.uuid("reminder_id"),
                null,
                item.instant("scheduled_datetime"),
                item.integer("lead_time_days")));
      }
    }
    body.validate();
    boolean allOrNothing = atomic == null || atomic;
    List<BulkItemResult> results = bulk.apply(caller, operations, allOrNothing);
    long failed = results.stream().filter(BulkItemResult::failed).count();
    ctx.json(
        new BulkResultJson(
            allOrNothing,
            results.size() - failed,
            failed,
            results.stream().map(RemindersController::resultJson).toList()));
  }

  /** The result of a bulk request, as bulkReminders answers it. */
  record BulkResultJson(boolean atomic, long applied, long failed, List<BulkItemJson> results) {}

  /** One operation's result; {@code problem} says why a refused one was refused. */
  record BulkItemJson(int index, UUID reminderId, String status, Problem problem) {}

  private static BulkItemJson resultJson(BulkItemResult result) {
    return new BulkItemJson(
        result.index(),
        result.reminderId(),
        result.status().wireName(),
        result.failed() ? problem(result) : null);
  }

  private static Problem problem(BulkItemResult result) {
    ConciergeException e = result.problem();
    Problem problem =
        e instanceof NotFoundException
            ? Problem.of("not-found", "Not Found", 404, e.getMessage())
            : e instanceof ConflictException
                ? Problem.of("conflict", "Conflict", 409, e.getMessage())
                : Problem.of("validation", "Bad Request", 400, "The operation has invalid fields.");
    return problem.withErrors(BulkReminders.fieldErrors(result));
  }

  private static UUID id(Context ctx) {
    return Params.pathUuid(ctx, "reminder_rule_id");
  }
}
