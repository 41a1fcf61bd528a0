package dev.concierge.cli.audit;

/** The person's dashboard, upcoming dates and activity, over what the areas before created. */
final class OverviewChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String person = "/api/v1/persons/{person_id}";
    audit
        .call("GET", person + "/dashboard")
        .expect(
            200,
            r -> {
              if (!audit
                  .id("person_id")
                  .equals(r.json().path("person").path("person_id").asText())) {
                throw new Failure("the dashboard is not the person's");
              }
              if (r.json().path("upcoming_dates").isEmpty()) {
                throw new Failure("no upcoming_dates");
              }
            });
    audit
        .call("GET", person + "/upcoming")
        .query("days_ahead=30")
        .expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", person + "/upcoming")
        .query("days_ahead=400")
        .expect(400, r -> r.expectErrorOn("days_ahead"));
    audit.call("GET", person + "/activity").expect(200, r -> r.expectTotal(1));
  }
}
