package dev.concierge.cli.audit;

/** A recommendation of the audit's venue within the audit's project. */
final class RecommendationChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String tag = audit.tag();
    String route = "/api/v1/persons/{person_id}/recommendations";
    Reply recommendation =
        audit
            .call("POST", route)
            .body(
                "resource_id",
                audit.id("venue_id"),
                "project_id",
                audit.id("project_id"),
                "notes",
                tag,
                "status",
                "suggested")
            .expect(201, r -> r.expectField("venue_name", tag + "-venues"));
    audit.created(
        recommendation, "recommendation_id", "/api/v1/recommendations/{recommendation_id}");
    audit.call("GET", route).expect(200, r -> r.expectTotal(1));
    String one = "/api/v1/recommendations/{recommendation_id}";
    audit
        .call("GET", one)
        .expect(200, r -> r.expectField("recommendation_id", audit.id("recommendation_id")));
    audit
        .call("PUT", one)
        .body("status", "accepted")
        .expect(200, r -> r.expectField("status", "accepted"));
  }
}
