package dev.concierge.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;

/** The audit log shows the audit's own writes. */
final class AuditLogChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String route = "/api/v1/audit-log";
    audit
        .call("GET", route)
        .query("entity_type=person&entity_id=" + audit.id("person_id"))
        .expect(
            200,
            r -> {
              r.expectTotal(2);
              JsonNode newest = r.json().path(0);
              if (!newest.path("action").asText().equals("update")
                  || !newest
                      .path("changes_jsonb")
                      .path("fields")
                      .toString()
                      .contains("preferred_name")) {
                throw new Failure("the newest entry is not the person's update of preferred_name");
              }
              if (newest.path("request_id").asText("").isEmpty()) {
                throw new Failure("the entry has no request_id");
              }
            });
    audit.call("GET", route).query("since=yesterday").expect(400, r -> r.expectErrorOn("since"));
  }
}
