package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.relationships.NewRelationship;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.relationships.Relationships;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** /api/v1/persons/{person_id}/relationships: who is whose mother, spouse, assistant. */
final class RelationshipsController {
  private static final String BASE = "/api/v1/persons/{person_id}/relationships";

  private final Relationships relationships;
  private final PersonZones zones;
  private final ObjectMapper json;

  RelationshipsController(Relationships relationships, PersonZones zones, ObjectMapper json) {
    this.relationships = relationships;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get(BASE, "listRelationships", Access.READ, this::list),
        Operation.post(BASE, "createRelationship", Access.WRITE, this::create),
        Operation.delete(
            BASE + "/{relationship_id}", "deleteRelationship", Access.WRITE, this::delete));
  }

  private void list(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    var page = relationships.list(caller, personId, Params.page(ctx));
    ZoneId zone = zones.ofPerson(caller, personId);
    Responses.page(ctx, page.map(relationship -> RelationshipJson.of(relationship, zone)));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID personId = Params.pathUuid(ctx, "person_id");
    JsonBody body = JsonBody.read(ctx, json);
    NewRelationship input =
        new NewRelationship(body.uuid("related_person_id"), body.string("relation"));
    body.validate();
    Relationship created = relationships.add(caller, personId, input);
    // a relationship has no URL of its own to read: its Location is the person's list of them
    Responses.created(
        ctx,
        "/api/v1/persons/" + personId + "/relationships",
        RelationshipJson.of(created, zones.ofPerson(caller, personId)));
  }

  private void delete(Context ctx) {
    relationships.delete(
        Authentication.caller(ctx),
        Params.pathUuid(ctx, "person_id"),
        Params.pathUuid(ctx, "relationship_id"));
    Responses.deleted(ctx);
  }
}
