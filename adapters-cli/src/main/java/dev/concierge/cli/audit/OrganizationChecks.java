package dev.concierge.cli.audit;

/** Reads the organization and writes its name back unchanged: the audit changes nothing here. */
final class OrganizationChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    Reply current =
        audit
            .call("GET", "/api/v1/organization")
            .expect(
                200,
                r -> {
                  if (!r.json().path("default_timezone").isTextual()) {
                    throw new Failure("no default_timezone");
                  }
                });
    if (current != null) {
      String name = current.json().path("name").asText();
      audit
          .call("PUT", "/api/v1/organization")
          .body("name", name)
          .expect(200, r -> r.expectField("name", name));
    }
  }
}
