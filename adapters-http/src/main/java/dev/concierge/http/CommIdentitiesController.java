package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.CommIdentities;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.CommIdentityChanges;
import dev.concierge.core.identities.NewCommIdentity;
import dev.concierge.core.persons.PersonZones;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** /api/v1/persons/{person_id}/comm-identities: the ways to reach a person. */
final class CommIdentitiesController {
  private static final String BASE = "/api/v1/persons/{person_id}/comm-identities";

  private final CommIdentities identities;
  private final PersonZones zones;
  private final ObjectMapper json;

  CommIdentitiesController(CommIdentities identities, PersonZones zones, ObjectMapper json) {
    this.identities = identities;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    String identity = BASE + "/{comm_identity_id}";
    return List.of(
        Operation.get(BASE, "listCommIdentities", Access.READ, this::list),
        Operation.post(BASE, "createCommIdentity", Access.WRITE, this::create),
        Operation.get(identity, "getCommIdentity", Access.READ, this::get),
        Operation.put(identity, "updateCommIdentity", Access.WRITE, this::update),
        Operation.delete(identity, "deleteCommIdentity", Access.WRITE, this::delete));
  }

  private void list(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    var page = identities.list(caller, personId, Params.page(ctx));
    ZoneId zone = zones.ofPerson(caller, personId);
    Responses.page(ctx, page.map(identity -> CommIdentityJson.of(identity, zone)));
  }

  private void get(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    CommIdentity identity =
        identities.get(caller, personId, Params.pathUuid(ctx, "comm_identity_id"));
    ctx.json(CommIdentityJson.of(identity, zones.ofPerson(caller, personId)));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    JsonBody body = JsonBody.read(ctx, json);
    NewCommIdentity identity =
        new NewCommIdentity(
            body.enumeration(
                "channel_type",
                ChannelType::fromWireName,
                ChannelType.values(),
                ChannelType::wireName),
            body.string("identity_value"),
            body.bool("is_primary"),
            body.bool("is_verified"),
            body.object("metadata_jsonb"));
    body.validate();
    CommIdentity created = identities.add(caller, personId, identity);
    Responses.created(
        ctx,
        "/api/v1/persons/" + personId + "/comm-identities/" + created.commIdentityId(),
        CommIdentityJson.of(created, zones.ofPerson(caller, personId)));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    UUID id = Params.pathUuid(ctx, "comm_identity_id");
    JsonBody body = JsonBody.read(ctx, json);
    CommIdentityChanges changes =
        new CommIdentityChanges(
            body.change("identity_value", body::string),
            body.change("is_primary", body::bool),
            body.change("is_verified", body::bool),
            body.change("metadata_jsonb", body::object));
    body.validate();
    CommIdentity updated = identities.update(caller, personId, id, changes);
    ctx.json(CommIdentityJson.of(updated, zones.ofPerson(caller, personId)));
  }

  private void delete(Context ctx) {
    identities.delete(
        Authentication.caller(ctx),
        Params.pathUuid(ctx, "person_id"),
        Params.pathUuid(ctx, "comm_identity_id"));
    Responses.deleted(ctx);
  }
}
