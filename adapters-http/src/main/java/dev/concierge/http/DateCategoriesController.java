package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.categories.DateCategories;
import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.categories.DateCategoryChanges;
import dev.concierge.core.categories.NewDateCategory;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/** /api/v1/date-categories: the kinds of important dates of an organization. */
final class DateCategoriesController {
  private final DateCategories categories;
  private final ObjectMapper json;

  DateCategoriesController(DateCategories categories, ObjectMapper json) {
    this.categories = categories;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get("/api/v1/date-categories", "listDateCategories", Access.READ, this::list),
        Operation.post("/api/v1/date-categories", "createDateCategory", Access.ADMIN, this::create),
        Operation.get(
            "/api/v1/date-categories/{category_id}", "getDateCategory", Access.READ, this::get),
        Operation.put(
            "/api/v1/date-categories/{category_id}",
            "updateDateCategory",
            Access.ADMIN,
            this::update),
        Operation.delete(
            "/api/v1/date-categories/{category_id}",
            "deleteDateCategory",
            Access.ADMIN,
            this::delete));
  }

  private void list(Context ctx) {
    Responses.page(
        ctx,
        categories.list(Authentication.caller(ctx), Params.page(ctx)).map(DateCategoryJson::of));
  }

  private void get(Context ctx) {
    ctx.json(
        DateCategoryJson.of(
            categories.get(Authentication.caller(ctx), Params.pathUuid(ctx, "category_id"))));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    NewDateCategory category =
        new NewDateCategory(
            body.string("category_name"),
            body.string("icon"),
            body.string("color"),
            body.object("schema_jsonb"));
    body.validate();
    DateCategory created = categories.create(caller, category);
    Responses.created(
        ctx, "/api/v1/date-categories/" + created.categoryId(), DateCategoryJson.of(created));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID id = Params.pathUuid(ctx, "category_id");
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    DateCategoryChanges changes =
        new DateCategoryChanges(
            body.change("category_name", body::string),
            body.change("icon", body::string),
            body.change("color", body::string),
            body.change("schema_jsonb", body::object));
    body.validate();
    ctx.json(DateCategoryJson.of(categories.update(caller, id, changes)));
  }

  private void delete(Context ctx) {
    categories.delete(Authentication.caller(ctx), Params.pathUuid(ctx, "category_id"));
    Responses.deleted(ctx);
  }
}
