package dev.concierge.cli.audit;

/** No credential is a 401 with a Bearer challenge; API keys are issued, read and listed. */
final class AccessChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    authentication(audit);
    apiKeys(audit);
  }

  private static void authentication(AuditRun audit) {
    audit
        .call("GET", "/api/v1/persons")
        .withoutKey()
        .expect(
            401,
            r -> {
              if (!String.valueOf(r.header("WWW-Authenticate")).startsWith("Bearer")) {
                throw new Failure("no WWW-Authenticate: Bearer challenge");
              }
            });
  }

  private static void apiKeys(AuditRun audit) {
    String tag = audit.tag();
    String keys = "/api/v1/api-keys";
    Reply issued =
        audit
            .call("POST", keys)
            .body("name", tag + "-key", "role", "analyst")
            .expect(
                201,
                r -> {
                  r.expectField("role", "analyst");
                  if (!r.json().path("key").asText().startsWith("ck_")) {
                    throw new Failure("an issued key is shown once, in its answer");
                  }
                });
    audit.created(issued, "api_key_id", keys + "/{api_key_id}");
    audit
        .call("GET", keys + "/{api_key_id}")
        .expect(
            200,
            r -> {
              r.expectField("api_key_id", audit.id("api_key_id"));
              if (r.json().has("key")) {
                throw new Failure("a key read back shows its secret");
              }
            });
    audit
        .call("GET", keys)
        .query("limit=500")
        .expect(
            200,
            r -> {
              if (r.body().contains("\"key\"") || r.body().contains("hash")) {
                throw new Failure("a listed key shows its secret");
              }
            });
  }
}
