package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dates.DateItemChanges;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.dates.DateItems;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.time.LeapDayPolicy;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** /api/v1/date-items and a person's dates: important dates with their reminders. */
final class DateItemsController {
  private final DateItems dateItems;
  private final PersonZones zones;
  private final ObjectMapper json;

  DateItemsController(DateItems dateItems, PersonZones zones, ObjectMapper json) {
    this.dateItems = dateItems;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    String item = "/api/v1/date-items/{date_item_id}";
    return List.of(
        Operation.get(
            "/api/v1/persons/{person_id}/date-items", "listDateItems", Access.READ, this::list),
        Operation.post("/api/v1/date-items", "createDateItem", Access.WRITE, this::create),
        Operation.get(item, "getDateItem", Access.READ, this::get),
        Operation.put(item, "updateDateItem", Access.WRITE, this::update),
        Operation.delete(item, "deleteDateItem", Access.WRITE, this::delete),
        Operation.get(item + "/reminders", "listDateItemReminders", Access.READ, this::reminders));
  }

  private void list(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    var page =
        dateItems.list(
            caller,
            personId,
            Params.queryUuid(ctx, "category_id"),
            Params.queryBool(ctx, "upcoming_only", false),
            Params.page(ctx));
    ZoneId zone = zones.ofPerson(caller, personId);
    Responses.page(ctx, page.map(item -> DateItemJson.of(item, zone)));
  }

  private void get(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    respond(ctx, caller, dateItems.get(caller, Params.pathUuid(ctx, "date_item_id")));
  }

  /** The date item in its person's zone. */
  private void respond(Context ctx, Caller caller, DateItemDetails details) {
    ctx.json(DateItemJson.of(details, zones.ofPerson(caller, details.item().personId())));
  }

  private void reminders(Context ctx) {
    Responses.page(
        ctx,
        dateItems
            .reminders(
                Authentication.caller(ctx),
                Params.pathUuid(ctx, "date_item_id"),
                RemindersController.statusFilter(ctx),
                Params.page(ctx))
            .map(ReminderRuleJson::of));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    NewDateItem item =
        new NewDateItem(
            body.uuid("person_id"),
            body.uuid("category_id"),
            body.uuid("related_person_id"),
            body.string("title"),
            body.date("date_value"),
            body.string("recurrence_rule"),
            leapDays(body),
            body.string("notes"),
            body.object("metadata_jsonb"),
            body.objects("reminder_rules").stream()
                .map(rule -> newReminder(rule, null, null))
                .toList());
    body.validate();
    DateItemDetails created = dateItems.create(caller, item);
    Responses.created(
        ctx,
        "/api/v1/date-items/" + created.item().dateItemId(),
        DateItemJson.of(created, zones.ofPerson(caller, created.item().personId())));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID id = Params.pathUuid(ctx, "date_item_id");
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    DateItemChanges changes =
        new DateItemChanges(
            body.change("category_id", body::uuid),
            body.change("related_person_id", body::uuid),
            body.change("title", body::string),
            body.change("date_value", body::date),
            body.change("recurrence_rule", body::string),
            body.change("leap_day_policy", f -> leapDays(body)),
            body.change("notes", body::string),
            body.change("metadata_jsonb", body::object));
    body.validate();
    respond(ctx, caller, dateItems.update(caller, id, changes));
  }

  private void delete(Context ctx) {
    dateItems.delete(Authentication.caller(ctx), Params.pathUuid(ctx, "date_item_id"));
    Responses.deleted(ctx);
  }

  static NewReminder newReminder(JsonBody body, UUID personId, UUID dateItemId) {
    return new NewReminder(
        personId,
        dateItemId,
        reminderType(body),
        body.integer("lead_time_days"),
        body.instant("scheduled_datetime"),
        channel(body),
        body.uuid("comm_identity_id"),
        body.object("metadata_jsonb"));
  }

  static ReminderType reminderType(JsonBody body) {
    return body.enumeration(
        "reminder_type", ReminderType::fromWireName, ReminderType.values(), ReminderType::wireName);
  }

  static ChannelType channel(JsonBody body) {
    return body.enumeration(
        "channel_type", ChannelType::fromWireName, ChannelType.values(), ChannelType::wireName);
  }

  private static LeapDayPolicy leapDays(JsonBody body) {
    return body.enumeration(
        "leap_day_policy",
        text ->
            Arrays.stream(LeapDayPolicy.values()).filter(p -> wireName(p).equals(text)).findFirst(),
        LeapDayPolicy.values(),
        DateItemsController::wireName);
  }

  private static String wireName(LeapDayPolicy policy) {
    return policy.name().toLowerCase(Locale.ROOT);
  }
}
