package dev.concierge.cli.audit;

/** The service itself: /health says ok, /metrics has the reminder gauges. */
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
  }
}
