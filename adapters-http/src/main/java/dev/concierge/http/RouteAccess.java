package dev.concierge.http;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.model.ApiRole;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may call each /api/v1 route: the one table docs/SECURITY.md shows, and a test holds
 * the two equal. Checked before any handler runs, so a route that is missing here is refused to
 * everyone rather than open to everyone. The use cases check roles again, for library users who
 * call them without HTTP.
 */
final class RouteAccess {
  /** Who may call a route. */
  enum Level {
    /** No credentials: signing in. */
    PUBLIC(EnumSet.noneOf(ApiRole.class)),
    /** Every role, analysts included. */
    READ(EnumSet.allOf(ApiRole.class)),
    /** Concierges and admins: client data. */
    WRITE(EnumSet.of(ApiRole.CONCIERGE, ApiRole.ADMIN)),
    /** Admins: what shapes everyone's work (categories, catalogue, accounts, keys, settings). */
    ADMIN(EnumSet.of(ApiRole.ADMIN)),
    /** A route missing from the table: refused to everyone rather than open to everyone. */
    NOBODY(EnumSet.noneOf(ApiRole.class));

    private final Set<ApiRole> roles;

    Level(Set<ApiRole> roles) {
      this.roles = roles;
    }

    Set<ApiRole> roles() {
      return roles;
    }
  }

  private static final Map<String, Level> TABLE = table();

  private RouteAccess() {}

  private static Map<String, Level> table() {
    Map<String, Level> t = new LinkedHashMap<>();
    crud(t, "/api/v1/persons", "{person_id}", Level.WRITE);
    crud(t, "/api/v1/date-categories", "{category_id}", Level.ADMIN);
    t.put("GET /api/v1/projects", Level.READ);
    t.put("POST /api/v1/projects", Level.WRITE);
    t.put("GET /api/v1/projects/{project_id}", Level.READ);
    t.put("PUT /api/v1/projects/{project_id}", Level.WRITE);
    crud(t, "/api/v1/projects/{project_id}/tasks", "{task_id}", Level.WRITE);
    t.put("GET /api/v1/conversations", Level.READ);
    t.put("POST /api/v1/conversations", Level.WRITE);
    t.put("GET /api/v1/conversations/{conversation_id}", Level.READ);
    t.put("GET /api/v1/conversations/{conversation_id}/messages", Level.READ);
    t.put("POST /api/v1/conversations/{conversation_id}/messages", Level.WRITE);
    crud(t, "/api/v1/persons/{person_id}/comm-identities", "{comm_identity_id}", Level.WRITE);
    t.put("GET /api/v1/persons/{person_id}/date-items", Level.READ);
    t.put("POST /api/v1/date-items", Level.WRITE);
    t.put("GET /api/v1/date-items/{date_item_id}", Level.READ);
    t.put("PUT /api/v1/date-items/{date_item_id}", Level.WRITE);
    t.put("DELETE /api/v1/date-items/{date_item_id}", Level.WRITE);
    t.put("GET /api/v1/date-items/{date_item_id}/reminders", Level.READ);
    crud(t, "/api/v1/reminders", "{reminder_rule_id}", Level.WRITE);
    t.put("GET /api/v1/reminders/{reminder_rule_id}/history", Level.READ);
    t.put("POST /api/v1/reminders/{reminder_rule_id}/retry", Level.WRITE);
    t.put("GET /api/v1/persons/{person_id}/dashboard", Level.READ);
    t.put("GET /api/v1/persons/{person_id}/upcoming", Level.READ);
    t.put("GET /api/v1/persons/{person_id}/activity", Level.READ);
    for (String catalogue : new String[] {"vendors", "venues", "restaurants", "products"}) {
      crud(t, "/api/v1/" + catalogue, "{resource_id}", Level.ADMIN);
    }
    t.put("GET /api/v1/persons/{person_id}/recommendations", Level.READ);
    t.put("POST /api/v1/persons/{person_id}/recommendations", Level.WRITE);
    t.put("GET /api/v1/recommendations/{recommendation_id}", Level.READ);
    t.put("PUT /api/v1/recommendations/{recommendation_id}", Level.WRITE);
    t.put("DELETE /api/v1/recommendations/{recommendation_id}", Level.WRITE);
    t.put("POST /api/v1/auth/login", Level.PUBLIC);
    crud(t, "/api/v1/accounts", "{account_id}", Level.ADMIN);
    // accounts name the staff and their roles: only admins see them
    t.put("GET /api/v1/accounts", Level.ADMIN);
    t.put("GET /api/v1/accounts/{account_id}", Level.ADMIN);
    t.put("GET /api/v1/organization", Level.READ);
    t.put("PUT /api/v1/organization", Level.ADMIN);
    t.put("GET /api/v1/audit-log", Level.ADMIN);
    t.put("GET /api/v1/api-keys", Level.ADMIN);
    t.put("POST /api/v1/api-keys", Level.ADMIN);
    t.put("GET /api/v1/api-keys/{api_key_id}", Level.ADMIN);
    t.put("DELETE /api/v1/api-keys/{api_key_id}", Level.ADMIN);
    return Map.copyOf(t);
  }

  /** A collection and its items: everyone reads, {@code writers} create, change and delete. */
  private static void crud(Map<String, Level> t, String collection, String id, Level writers) {
    t.put("GET " + collection, Level.READ);
    t.put("POST " + collection, writers);
    t.put("GET " + collection + "/" + id, Level.READ);
    t.put("PUT " + collection + "/" + id, writers);
    t.put("DELETE " + collection + "/" + id, writers);
  }

  /** Every /api/v1 route as "METHOD /path/{param}" and the roles that may call it. */
  static Map<String, Set<ApiRole>> rolesByRoute() {
    Map<String, Set<ApiRole>> roles = new LinkedHashMap<>();
    TABLE.forEach((route, level) -> roles.put(route, level.roles()));
    return roles;
  }

  /** The level of the route a request matched; null when it matched none (a 404 follows). */
  static Level of(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint == null) {
      return null;
    }
    return TABLE.getOrDefault(endpoint.method.name() + " " + endpoint.path, Level.NOBODY);
  }

  /** Refuses a caller whose role the matched route's level does not allow. */
  static void check(Level level, Caller caller) {
    if (level == null || level == Level.PUBLIC || level.roles().contains(caller.role())) {
      return;
    }
    throw new ForbiddenException(
        switch (level) {
          case WRITE -> "The " + caller.role().wireName() + " role may only read.";
          case ADMIN -> "Only the admin role may do this.";
          default -> "No role may call this route.";
        });
  }
}
