package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceChanges;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.web.view.FormState;
import dev.concierge.web.view.ResourceForm;
import dev.concierge.web.view.ResourceView;
import dev.concierge.web.view.Show;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admins' forms of the catalogue: a new entry of a kind, an entry edited, an entry deleted
 * after a page that asks. The API's createVendor, updateVendor, deleteVendor and their kin, through
 * the same use case (its validation, tenancy and audit trail, a website only as a web page's
 * address).
 */
final class CatalogueForms {
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "category",
          "description",
          "address",
          "city",
          "website",
          "phone",
          "email",
          "price_level",
          "rating",
          "tags",
          "is_vetted",
          "notes",
          AttributeLines.FIELD);

  private final UseCases api;

  CatalogueForms(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    String entry = "/catalogue/{kind}/{resource_id}";
    return List.of(
        PortalRoute.get("/catalogue/new", Access.ADMIN, this::newForm),
        PortalRoute.post("/catalogue/{kind}", Access.ADMIN, this::create),
        PortalRoute.get(entry + "/edit", Access.ADMIN, this::editForm),
        PortalRoute.post(entry, Access.ADMIN, this::update),
        PortalRoute.get(entry + "/delete", Access.ADMIN, this::confirmDelete),
        PortalRoute.post(entry + "/delete", Access.ADMIN, this::delete));
  }

  private void newForm(Visit visit) {
    ResourceType type = CataloguePages.kind(visit.query("kind")).orElse(ResourceType.VENDOR);
    visit.page(
        "resource_form.jte",
        "New " + Show.words(type.wireName()),
        "catalogue",
        new ResourceForm(type, null, null, FormState.of(Map.of(), FIELDS), List.of()));
  }

  private void editForm(Visit visit) {
    Resource resource = entry(visit);
    visit.page(
        "resource_form.jte",
        "Edit " + resource.name(),
        "catalogue",
        form(resource, FormState.of(values(resource), FIELDS)));
  }

  private void create(Visit visit) {
    ResourceType type = CataloguePages.type(visit);
    FormState typed = visit.typed(FIELDS);
    try {
      NewResource input = read(visit, Metadata.EMPTY);
      Resource created = api.catalogue().create(visit.caller(), type, input);
      visit.redirect(ResourceView.href(type, created.resourceId().toString()));
    } catch (ValidationException e) {
      visit.page(
          "resource_form.jte",
          "New " + Show.words(type.wireName()),
          "catalogue",
          new ResourceForm(type, null, null, typed.refused(e.errors()), List.of()),
          HttpStatus.BAD_REQUEST);
    }
  }

  private void update(Visit visit) {
    Resource current = entry(visit);
    FormState typed = visit.typed(FIELDS);
    try {
      NewResource fields = read(visit, current.attributes());
      api.catalogue()
          .update(visit.caller(), current.resourceType(), current.resourceId(), all(fields));
      visit.redirect(href(current));
    } catch (ValidationException e) {
      visit.page(
          "resource_form.jte",
          "Edit " + current.name(),
          "catalogue",
          form(current, typed.refused(e.errors())),
          HttpStatus.BAD_REQUEST);
    }
  }

  private void confirmDelete(Visit visit) {
    Resource resource = entry(visit);
    visit.page(
        "resource_delete.jte", "Delete " + resource.name(), "catalogue", ResourceView.of(resource));
  }

  private void delete(Visit visit) {
    ResourceType type = CataloguePages.type(visit);
    api.catalogue().delete(visit.caller(), type, visit.pathId("resource_id"));
    visit.redirect("/catalogue?kind=" + type.wireName());
  }

  private Resource entry(Visit visit) {
    return api.catalogue()
        .get(visit.caller(), CataloguePages.type(visit), visit.pathId("resource_id"));
  }

  /**
   * The entry as the form sent it, every field given (an empty one clears it), the attributes the
   * form cannot show kept from {@code current}.
   */
  private static NewResource read(Visit visit, Metadata current) {
    FormInput input = new FormInput(visit);
    NewResource read =
        new NewResource(
            input.text("name"),
            input.text("category"),
            input.text("description"),
            input.text("address"),
            input.text("city"),
            input.text("website"),
            input.text("phone"),
            input.text("email"),
            input.integer("price_level"),
            input.decimal("rating"),
            input.commaSeparated("tags"),
            input.ticked("is_vetted"),
            input.text("notes"),
            AttributeLines.read(visit.form(AttributeLines.FIELD), current, input.errors()));
    input.errors().throwIfAny();
    return read;
  }

  private static ResourceChanges all(NewResource fields) {
    return new ResourceChanges(
        FieldChange.to(fields.name()),
        FieldChange.to(fields.category()),
        FieldChange.to(fields.description()),
        FieldChange.to(fields.address()),
        FieldChange.to(fields.city()),
        FieldChange.to(fields.website()),
        FieldChange.to(fields.phone()),
        FieldChange.to(fields.email()),
        FieldChange.to(fields.priceLevel()),
        FieldChange.to(fields.rating()),
        FieldChange.to(fields.tags()),
        FieldChange.to(fields.vetted()),
        FieldChange.to(fields.notes()),
        FieldChange.to(fields.attributes()));
  }

  /** The entry's fields as the form shows them (a missing one blank, as FormState gives it). */
  private static Map<String, String> values(Resource r) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", r.name());
    values.put("category", r.category());
    values.put("description", r.description());
    values.put("address", r.address());
    values.put("city", r.city());
    values.put("website", r.website());
    values.put("phone", r.phone());
    values.put("email", r.email());
    values.put("price_level", r.priceLevel() == null ? "" : r.priceLevel().toString());
    values.put("rating", r.rating() == null ? "" : plain(r.rating()));
    values.put("tags", String.join(", ", r.tags()));
    values.put("is_vetted", r.vetted() ? "true" : "");
    values.put("notes", r.notes());
    values.put(AttributeLines.FIELD, AttributeLines.write(r.attributes()));
    return values;
  }

  private static ResourceForm form(Resource resource, FormState state) {
    return new ResourceForm(
        resource.resourceType(),
        resource.resourceId(),
        resource.name(),
        state,
        AttributeLines.kept(resource.attributes()));
  }

  private static String href(Resource resource) {
    return ResourceView.href(resource.resourceType(), resource.resourceId().toString());
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
