package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.frontdesk.UnknownContacts;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.persons.PersonZones;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/**
 * /api/v1/unknown-contacts: who wrote to the concierge (in Slack) from an account no person has,
 * and linking one to a person.
 */
final class UnknownContactsController {
  private static final String BASE = "/api/v1/unknown-contacts";

  private final UnknownContacts contacts;
  private final PersonZones zones;
  private final ObjectMapper json;

  UnknownContactsController(UnknownContacts contacts, PersonZones zones, ObjectMapper json) {
    this.contacts = contacts;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get(BASE, "listUnknownContacts", Access.READ, this::list),
        Operation.post(
            BASE + "/{unknown_contact_id}/link", "linkUnknownContact", Access.WRITE, this::link));
  }

  private void list(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    Responses.page(ctx, contacts.list(caller, Params.page(ctx)).map(UnknownContactJson::of));
  }

  private void link(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID contactId = Params.pathUuid(ctx, "unknown_contact_id");
    JsonBody body = JsonBody.read(ctx, json);
    UUID personId = body.uuid("person_id");
    body.validate();
    CommIdentity linked = contacts.link(caller, contactId, personId);
    Responses.created(
        ctx,
        "/api/v1/persons/" + personId + "/comm-identities/" + linked.commIdentityId(),
        CommIdentityJson.of(linked, zones.ofPerson(caller, personId)));
  }
}
