package dev.concierge.cli.audit;

/**
 * The audit client's calendar feed, read at its secret URL and revoked at the end; a secret that
 * opens nothing; a body that is no calendar.
 */
final class CalendarChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String feeds = "/api/v1/calendar-feeds";
    String feed = "/calendar/{feed_secret}.ics";
    Reply created =
        audit
            .call("POST", feeds)
            .body("person_id", audit.id("person_id"))
            .expect(201, r -> r.expectField("scope", "person"));
    audit.created(created, "feed_id", feeds + "/{feed_id}");
    if (created != null) {
      String url = created.text("url");
      String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
      audit.call("GET", feed).with("feed_secret", secret).expect(200);
    }
    audit.call("GET", feeds).expect(200, r -> r.expectTotal(1));
    audit.call("GET", feeds + "/{feed_id}").expect(200, r -> r.expectField("scope", "person"));
    audit.call("GET", feed).with("feed_secret", "cf_unknown").expect(404);
    audit
        .call("POST", "/api/v1/persons/{person_id}/date-items/import")
        .body("not", "a calendar")
        .expect(400, r -> r.expectErrorOn("body"));
  }
}
