package dev.concierge.cli.audit;

import java.util.Locale;

/** Staff accounts, and one of them signing in and using its token. */
final class AccountChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String tag = audit.tag();
    String accounts = "/api/v1/accounts";
    String email = tag + "@example.invalid";
    String password = tag + "-passphrase";
    Reply account =
        audit
            .call("POST", accounts)
            .body(
                "email",
                email,
                "display_name",
                tag + "-staff",
                "role",
                "concierge",
                "password",
                password)
            .expect(
                201,
                r -> {
                  r.expectField("email", email);
                  if (r.json().has("password_hash") || r.json().has("password")) {
                    throw new Failure("the account shows its password");
                  }
                });
    audit.createdThenGone(account, "account_id", accounts + "/{account_id}");
    audit
        .call("POST", accounts)
        .body(
            "email",
            email.toUpperCase(Locale.ROOT),
            "display_name",
            tag + "-duplicate",
            "role",
            "analyst",
            "password",
            password)
        .expect(409);
    audit
        .call("POST", accounts)
        .body(
            "email",
            tag + "-weak@example.invalid",
            "display_name",
            tag + "-weak",
            "role",
            "analyst",
            "password",
            "short")
        .expect(400, r -> r.expectErrorOn("password"));
    audit.call("GET", accounts).expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", accounts + "/{account_id}")
        .expect(200, r -> r.expectField("account_id", audit.id("account_id")));
    audit
        .call("PUT", accounts + "/{account_id}")
        .body("display_name", tag + "-renamed")
        .expect(200, r -> r.expectField("display_name", tag + "-renamed"));

    String login = "/api/v1/auth/login";
    Reply signedIn =
        audit
            .call("POST", login)
            .withoutKey()
            .body("email", email, "password", password)
            .expect(
                200,
                r -> {
                  r.expectField("token_type", "Bearer");
                  r.text("access_token");
                });
    audit
        .call("POST", login)
        .withoutKey()
        .body("email", email, "password", "not " + password)
        .expect(401);
    if (signedIn != null) {
      String token = signedIn.text("access_token");
      audit.call("GET", "/api/v1/persons").withToken(token).expect(200, r -> r.expectTotal(0));
      // a concierge's token: accounts are for admins
      audit.call("GET", accounts).withToken(token).expect(403);
      digest(audit, token);
    }
  }

  /** The signed-in account's own digest: an API key has none. */
  private static void digest(AuditRun audit, String token) {
    String digest = "/api/v1/accounts/me/digest";
    audit.call("GET", digest).expect(404);
    audit.call("GET", digest).withToken(token).expect(200, r -> r.expectField("enabled", "false"));
    audit
        .call("PUT", digest)
        .withToken(token)
        .body("enabled", true, "time", "7 am")
        .expect(400, r -> r.expectErrorOn("time"));
    audit
        .call("PUT", digest)
        .withToken(token)
        .body("enabled", true, "frequency", "weekly", "weekday", "monday", "time", "07:30")
        .expect(200, r -> r.expectField("weekday", "monday"));
    audit
        .call("GET", digest + "/preview")
        .withToken(token)
        .expect(200, r -> r.expectField("all_clients", "false"));
  }
}
