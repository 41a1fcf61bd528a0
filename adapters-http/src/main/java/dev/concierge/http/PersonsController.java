package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonChanges;
import dev.concierge.core.persons.PersonDirectory;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.search.SearchText;
import io.javalin.http.Context;
import java.util.List;

/** /api/v1/persons: the people a concierge looks after. */
final class PersonsController {
  private final PersonDirectory persons;
  private final ObjectMapper json;

  PersonsController(PersonDirectory persons, ObjectMapper json) {
    this.persons = persons;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get("/api/v1/persons", "listPersons", Access.READ, this::list),
        Operation.post("/api/v1/persons", "createPerson", Access.WRITE, this::create),
        Operation.get("/api/v1/persons/{person_id}", "getPerson", Access.READ, this::get),
        Operation.put("/api/v1/persons/{person_id}", "updatePerson", Access.WRITE, this::update),
        Operation.delete(
            "/api/v1/persons/{person_id}", "deletePerson", Access.WRITE, this::delete));
  }

  private void list(Context ctx) {
    PersonType type =
        Params.queryEnum(
            ctx,
            "person_type",
            PersonType::fromWireName,
            PersonType.values(),
            PersonType::wireName);
    SearchText matching = SearchText.ofNullable(Params.query(ctx, "q"));
    Caller caller = Authentication.caller(ctx);
    PageRequest request = Params.page(ctx);
    Page<Person> page =
        matching == null
            ? persons.list(caller, type, request)
            : persons.list(caller, type, matching, request);
    Responses.page(ctx, page.map(PersonJson::of), matching, request);
  }

  private void get(Context ctx) {
    ctx.json(
        PersonJson.of(persons.get(Authentication.caller(ctx), Params.pathUuid(ctx, "person_id"))));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    NewPerson person =
        new NewPerson(
            body.string("full_name"),
            body.string("preferred_name"),
            personType(body),
            body.date("birthday"),
            body.zone("timezone"),
            body.object("metadata_jsonb"));
    body.validate();
    Person created = persons.create(caller, person);
    Responses.created(ctx, "/api/v1/persons/" + created.personId(), PersonJson.of(created));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    var personId = Params.pathUuid(ctx, "person_id");
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    PersonChanges changes =
        new PersonChanges(
            body.change("full_name", body::string),
            body.change("preferred_name", body::string),
            body.change("person_type", f -> personType(body)),
            body.change("birthday", body::date),
            body.change("timezone", body::zone),
            body.change("metadata_jsonb", body::object));
    body.validate();
    ctx.json(PersonJson.of(persons.update(caller, personId, changes)));
  }

  private void delete(Context ctx) {
    persons.delete(Authentication.caller(ctx), Params.pathUuid(ctx, "person_id"));
    Responses.deleted(ctx);
  }

  private static PersonType personType(JsonBody body) {
    return body.enumeration(
        "person_type", PersonType::fromWireName, PersonType.values(), PersonType::wireName);
  }
}
