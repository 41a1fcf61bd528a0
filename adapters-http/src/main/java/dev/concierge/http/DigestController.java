package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.digest.DigestSettingsInput;
import dev.concierge.core.digest.StaffDigests;
import io.javalin.http.Context;
import java.util.List;

/**
 * /api/v1/accounts/me/digest: the signed-in staff account's own digest, its settings and what it
 * would say now. Every role has one (its own), so reading and setting it is open to every role; an
 * API key has no account, hence no digest (404).
 */
final class DigestController {
  private static final String PATH = "/api/v1/accounts/me/digest";

  private final StaffDigests digests;
  private final ObjectMapper json;

  DigestController(StaffDigests digests, ObjectMapper json) {
    this.digests = digests;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.get(PATH, "getMyDigest", Access.READ, this::get),
        Operation.put(PATH, "updateMyDigest", Access.READ, this::update),
        Operation.get(PATH + "/preview", "previewMyDigest", Access.READ, this::preview));
  }

  private void get(Context ctx) {
    ctx.json(DigestSettingsJson.of(digests.settings(Authentication.caller(ctx))));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json);
    DigestSettingsInput input =
        new DigestSettingsInput(
            body.bool("enabled"),
            body.string("frequency"),
            body.string("weekday"),
            body.string("time"),
            body.string("timezone"),
            body.string("channel"),
            body.string("email_address"),
            body.string("slack_user_id"),
            body.integer("days_ahead"));
    body.validate();
    ctx.json(DigestSettingsJson.of(digests.update(caller, input)));
  }

  private void preview(Context ctx) {
    ctx.json(DigestPreviewJson.of(digests.preview(Authentication.caller(ctx))));
  }
}
