package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.organization.OrganizationChanges;
import dev.concierge.core.organization.Organizations;
import io.javalin.http.Context;
import java.util.List;

/** /api/v1/organization: the caller's own organization and its settings. */
final class OrganizationController {
  private final Organizations organizations;
  private final ObjectMapper json;

  OrganizationController(Organizations organizations, ObjectMapper json) {
    this.organizations = organizations;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get("/api/v1/organization", "getOrganization", Access.READ, this::get),
        Operation.put("/api/v1/organization", "updateOrganization", Access.ADMIN, this::update));
  }

  private void get(Context ctx) {
    ctx.json(OrganizationJson.of(organizations.get(Authentication.caller(ctx))));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    OrganizationChanges changes =
        new OrganizationChanges(
            body.change("name", body::string),
            body.change("default_timezone", body::zone),
            body.change("settings_jsonb", body::object));
    body.validate();
    ctx.json(OrganizationJson.of(organizations.update(caller, changes)));
  }
}
