package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.ApiKeys;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.access.IssuedApiKey;
import io.javalin.http.Context;
import java.util.List;

/** /api/v1/api-keys: an admin issues, lists and revokes its organization's machine credentials. */
final class ApiKeysController {
  private final ApiKeys keys;
  private final ObjectMapper json;

  ApiKeysController(ApiKeys keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get("/api/v1/api-keys", "listApiKeys", Access.ADMIN, this::list),
        Operation.post("/api/v1/api-keys", "issueApiKey", Access.ADMIN, this::issue),
        Operation.get("/api/v1/api-keys/{api_key_id}", "getApiKey", Access.ADMIN, this::get),
        Operation.delete(
            "/api/v1/api-keys/{api_key_id}", "revokeApiKey", Access.ADMIN, this::revoke));
  }

  private void list(Context ctx) {
    Responses.page(
        ctx, keys.list(Authentication.caller(ctx), Params.page(ctx)).map(ApiKeyJson::of));
  }

  private void issue(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    String name = body.string("name");
    ApiRole role =
        body.enumeration("role", ApiRole::fromWireName, ApiRole.values(), ApiRole::wireName);
    body.validate();
    IssuedApiKey issued = keys.issue(caller, role, name);
    ctx.header("Cache-Control", "no-store");
    Responses.created(ctx, "/api/v1/api-keys/" + issued.key().apiKeyId(), ApiKeyJson.of(issued));
  }

  private void get(Context ctx) {
    ctx.json(
        ApiKeyJson.of(keys.get(Authentication.caller(ctx), Params.pathUuid(ctx, "api_key_id"))));
  }

  private void revoke(Context ctx) {
    keys.revoke(Authentication.caller(ctx), Params.pathUuid(ctx, "api_key_id"));
    Responses.deleted(ctx);
  }
}
