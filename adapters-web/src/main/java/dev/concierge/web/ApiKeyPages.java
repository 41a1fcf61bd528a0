package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.IssuedApiKey;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.web.view.ApiKeysView;
import dev.concierge.web.view.FormState;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organization's API keys, as /api/v1/api-keys manages them (admins only): the list, a new key
 * whose secret is shown on the answer to its form and nowhere ever again, and revoking one.
 */
final class ApiKeyPages {
  private static final Set<String> FIELDS = Set.of("name", "role");

  private final UseCases api;

  ApiKeyPages(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/admin/api-keys", Access.ADMIN, this::list),
        PortalRoute.post("/admin/api-keys", Access.ADMIN, this::issue),
        PortalRoute.post("/admin/api-keys/{api_key_id}/revoke", Access.ADMIN, this::revoke));
  }

  private void list(Visit visit) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("role", ApiRole.CONCIERGE.wireName());
    show(
        visit,
        FormState.of(values, FIELDS),
        null,
        visit.query("revoked") != null ? "Key revoked: it no longer opens the API." : null,
        HttpStatus.OK);
  }

  private void show(
      Visit visit, FormState form, IssuedApiKey issued, String notice, HttpStatus status) {
    visit.page(
        "api_keys.jte",
        "API keys",
        "admin",
        new ApiKeysView(
            api.apiKeys().list(visit.caller(), new PageRequest(0, PageRequest.MAX_LIMIT)).items(),
            api.organization().get(visit.caller()).defaultTimezone(),
            form,
            issued,
            notice),
        status);
  }

  /**
   * Answered with the page itself, not a redirect: the secret must not travel in a link, and the
   * page is never stored (no-store), so leaving it loses the secret for good, as the page says.
   */
  private void issue(Visit visit) {
    FormState typed = visit.typed(FIELDS);
    try {
      FormInput input = new FormInput(visit);
      ApiRole role =
          input.choice("role", ApiRole::fromWireName, ApiRole.values(), ApiRole::wireName);
      input.errors().throwIfAny();
      IssuedApiKey issued = api.apiKeys().issue(visit.caller(), role, input.text("name"));
      Map<String, String> fresh = new LinkedHashMap<>();
      fresh.put("role", ApiRole.CONCIERGE.wireName());
      show(visit, FormState.of(fresh, FIELDS), issued, null, HttpStatus.CREATED);
    } catch (ValidationException e) {
      show(visit, typed.refused(e.errors()), null, null, HttpStatus.BAD_REQUEST);
    }
  }

  private void revoke(Visit visit) {
    api.apiKeys().revoke(visit.caller(), visit.pathId("api_key_id"));
    visit.redirect("/admin/api-keys?revoked");
  }
}
