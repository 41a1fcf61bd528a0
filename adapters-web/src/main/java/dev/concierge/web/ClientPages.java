package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dashboard.Dashboard;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonChanges;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.preferences.PreferenceQuery;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.web.view.ClientForm;
import dev.concierge.web.view.ClientView;
import dev.concierge.web.view.ClientsView;
import dev.concierge.web.view.FormState;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The clients directory, a client's profile, and the new-client and edit-client forms. */
final class ClientPages {
  static final int PAGE_SIZE = 25;
  private static final Set<String> FIELDS =
      Set.of("full_name", "preferred_name", "person_type", "birthday", "timezone");

  private final UseCases api;

  ClientPages(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/clients", Access.READ, this::list),
        PortalRoute.get("/clients/new", Access.WRITE, this::newForm),
        PortalRoute.post("/clients", Access.WRITE, this::create),
        PortalRoute.get("/clients/{person_id}", Access.READ, this::profile),
        PortalRoute.get("/clients/{person_id}/edit", Access.WRITE, this::editForm),
        PortalRoute.post("/clients/{person_id}", Access.WRITE, this::update));
  }

  private void list(Visit visit) {
    String query = visit.query("q");
    String type = visit.query("type");
    PersonType personType =
        type == null || type.isBlank() ? null : PersonType.fromWireName(type).orElse(null);
    int page = visit.pageNumber();
    Page<Person> found =
        api.persons()
            .search(
                visit.caller(),
                query,
                personType,
                new PageRequest((page - 1) * PAGE_SIZE, PAGE_SIZE));
    visit.page(
        "clients.jte",
        "Clients",
        "clients",
        new ClientsView(
            found.items(),
            found.total(),
            query == null ? "" : query,
            personType == null ? "" : personType.wireName(),
            page,
            PAGE_SIZE));
  }

  private void profile(Visit visit) {
    Caller caller = visit.caller();
    UUID personId = visit.pathId("person_id");
    Dashboard dashboard = api.dashboards().dashboard(caller, personId);
    Names names = new Names(api, caller);
    List<ClientView.Family> family = new ArrayList<>();
    for (Relationship r :
        api.relationships().list(caller, personId, new PageRequest(0, 50)).items()) {
      boolean theirs = r.personId().equals(personId);
      UUID other = theirs ? r.relatedPersonId() : r.personId();
      family.add(
          new ClientView.Family(
              other,
              names.person(other),
              theirs ? r.relation() : "has this client as " + r.relation()));
    }
    Page<DateItemDetails> dates =
        api.dateItems().list(caller, personId, null, false, new PageRequest(0, 50));
    visit.page(
        "client.jte",
        dashboard.person().fullName(),
        "clients",
        new ClientView(
            dashboard,
            family,
            api.preferences()
                .list(caller, personId, PreferenceQuery.ALL, new PageRequest(0, 50))
                .items(),
            dates.items(),
            dates.total()));
  }

  private void newForm(Visit visit) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("person_type", PersonType.CLIENT.wireName());
    values.put("timezone", api.organization().get(visit.caller()).defaultTimezone().getId());
    visit.page(
        "client_form.jte", "New client", "clients", form(null, FormState.of(values, FIELDS)));
  }

  private void editForm(Visit visit) {
    Person person = api.persons().get(visit.caller(), visit.pathId("person_id"));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("full_name", person.fullName());
    values.put("preferred_name", person.preferredName() == null ? "" : person.preferredName());
    values.put("person_type", person.personType().wireName());
    values.put("birthday", person.birthday() == null ? "" : person.birthday().toString());
    values.put("timezone", person.timezone().getId());
    visit.page(
        "client_form.jte",
        "Edit " + person.fullName(),
        "clients",
        form(person.personId(), FormState.of(values, FIELDS)));
  }

  private void create(Visit visit) {
    FormState typed = typed(visit);
    try {
      FormInput input = new FormInput(visit);
      Read read = read(input);
      input.errors().throwIfAny();
      Person created =
          api.persons()
              .create(
                  visit.caller(),
                  new NewPerson(
                      read.fullName(),
                      read.preferredName(),
                      read.type() == null ? PersonType.CLIENT : read.type(),
                      read.birthday(),
                      read.zone(),
                      Metadata.EMPTY));
      visit.redirect("/clients/" + created.personId());
    } catch (ValidationException e) {
      visit.page(
          "client_form.jte",
          "New client",
          "clients",
          form(null, typed.refused(e.errors())),
          HttpStatus.BAD_REQUEST);
    }
  }

  private void update(Visit visit) {
    UUID personId = visit.pathId("person_id");
    FormState typed = typed(visit);
    try {
      FormInput input = new FormInput(visit);
      Read read = read(input);
      FieldErrors errors = input.errors();
      errors.required("full_name", read.fullName()).required("timezone", read.zone());
      errors.throwIfAny();
      api.persons()
          .update(
              visit.caller(),
              personId,
              new PersonChanges(
                  FieldChange.to(read.fullName()),
                  FieldChange.to(read.preferredName()),
                  read.type() == null ? FieldChange.unchanged() : FieldChange.to(read.type()),
                  FieldChange.to(read.birthday()),
                  FieldChange.to(read.zone()),
                  FieldChange.unchanged()));
      visit.redirect("/clients/" + personId);
    } catch (ValidationException e) {
      visit.page(
          "client_form.jte",
          "Edit client",
          "clients",
          form(personId, typed.refused(e.errors())),
          HttpStatus.BAD_REQUEST);
    }
  }

  private record Read(
      String fullName, String preferredName, PersonType type, LocalDate birthday, ZoneId zone) {}

  private static Read read(FormInput input) {
    return new Read(
        input.text("full_name"),
        input.text("preferred_name"),
        input.choice(
            "person_type", PersonType::fromWireName, PersonType.values(), PersonType::wireName),
        input.date("birthday"),
        input.zone("timezone"));
  }

  private static FormState typed(Visit visit) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = visit.form(field);
      values.put(field, value == null ? "" : value);
    }
    return FormState.of(values, FIELDS);
  }

  private static ClientForm form(UUID personId, FormState state) {
    return new ClientForm(personId, state, FormInput.ZONES);
  }
}
