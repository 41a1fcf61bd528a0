package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.preferences.NewPreference;
import dev.concierge.core.preferences.Preference;
import dev.concierge.core.preferences.PreferenceCategory;
import dev.concierge.core.preferences.PreferenceChanges;
import dev.concierge.core.preferences.PreferenceQuery;
import dev.concierge.core.preferences.PreferenceSource;
import dev.concierge.core.preferences.Preferences;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** /api/v1/persons/{person_id}/preferences: what a person likes, avoids and needs. */
final class PreferencesController {
  private static final String BASE = "/api/v1/persons/{person_id}/preferences";

  private final Preferences preferences;
  private final PersonZones zones;
  private final ObjectMapper json;

  PreferencesController(Preferences preferences, PersonZones zones, ObjectMapper json) {
    this.preferences = preferences;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    String preference = BASE + "/{preference_id}";
    return List.of(
        Operation.get(BASE, "listPreferences", Access.READ, this::list),
        Operation.post(BASE, "createPreference", Access.WRITE, this::create),
        Operation.get(preference, "getPreference", Access.READ, this::get),
        Operation.put(preference, "updatePreference", Access.WRITE, this::update),
        Operation.delete(preference, "deletePreference", Access.WRITE, this::delete));
  }

  private void list(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    PreferenceQuery query =
        new PreferenceQuery(
            Params.queryEnum(
                ctx,
                "category",
                PreferenceCategory::fromWireName,
                PreferenceCategory.values(),
                PreferenceCategory::wireName),
            Params.query(ctx, "confirmed") == null
                ? null
                : Params.queryBool(ctx, "confirmed", false));
    var page = preferences.list(caller, personId, query, Params.page(ctx));
    ZoneId zone = zones.ofPerson(caller, personId);
    Responses.page(ctx, page.map(preference -> PreferenceJson.of(preference, zone)));
  }

  private void get(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    Preference preference =
        preferences.get(caller, personId, Params.pathUuid(ctx, "preference_id"));
    ctx.json(PreferenceJson.of(preference, zones.ofPerson(caller, personId)));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    JsonBody body = JsonBody.read(ctx, json);
    NewPreference input =
        new NewPreference(
            category(body),
            body.string("statement"),
            body.enumeration(
                "source",
                PreferenceSource::fromWireName,
                PreferenceSource.values(),
                PreferenceSource::wireName),
            body.uuid("source_message_id"),
            body.instant("captured_at"),
            body.bool("confirmed"));
    body.validate();
    Preference created = preferences.add(caller, personId, input);
    Responses.created(
        ctx,
        "/api/v1/persons/" + personId + "/preferences/" + created.preferenceId(),
        PreferenceJson.of(created, zones.ofPerson(caller, personId)));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    UUID id = Params.pathUuid(ctx, "preference_id");
    JsonBody body = JsonBody.read(ctx, json);
    PreferenceChanges changes =
        new PreferenceChanges(
            body.change("category", field -> category(body)),
            body.change("statement", body::string),
            body.change("confirmed", body::bool));
    body.validate();
    Preference updated = preferences.update(caller, personId, id, changes);
    ctx.json(PreferenceJson.of(updated, zones.ofPerson(caller, personId)));
  }

  private void delete(Context ctx) {
    preferences.delete(
        Authentication.caller(ctx),
        Params.pathUuid(ctx, "person_id"),
        Params.pathUuid(ctx, "preference_id"));
    Responses.deleted(ctx);
  }

  private static PreferenceCategory category(JsonBody body) {
    return body.enumeration(
        "category",
        PreferenceCategory::fromWireName,
        PreferenceCategory.values(),
        PreferenceCategory::wireName);
  }
}
