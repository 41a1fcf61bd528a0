package dev.concierge.cli.audit;

/**
 * The service itself: /health says ok, /metrics has the reminder gauges, a reminder link that is
 * not one is a 404.
 */
final class ServiceChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    audit.call("GET", "/health").expect(200, r -> r.expectField("status", "ok"));
    audit
        .call("GET", "/metrics")
        .withoutKey()
        .expect(
            200,
            r -> {
              if (!r.body().contains("concierge_reminders_due")) {
                throw new Failure("no concierge_reminders_due in the Prometheus text");
              }
            });
    // the page of an email reminder's link needs no key, and a token that is none finds nothing
    for (String method : new String[] {"GET", "POST"}) {
      audit.call(method, "/r/{token}").with("token", "not-a-link").withoutKey().expect(404);
    }
  }
}
