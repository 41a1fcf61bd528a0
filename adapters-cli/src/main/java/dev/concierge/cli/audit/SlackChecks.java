package dev.concierge.cli.audit;

/**
 * What Slack brings: the unknown contacts staff link to persons, and Slack's events URL, which
 * refuses what Slack did not sign.
 */
final class SlackChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String contacts = "/api/v1/unknown-contacts";
    audit.call("GET", contacts).expect(200);
    // only Slack's events make unknown contacts, so the audit links one that is not there
    audit
        .call("POST", contacts + "/{unknown_contact_id}/link")
        .with("unknown_contact_id", Call.UNKNOWN_ID)
        .body("person_id", audit.id("person_id"))
        .expect(404);
    audit
        .call("POST", "/api/v1/webhooks/slack")
        .withoutKey()
        .body("type", "url_verification", "challenge", audit.tag())
        .expect(401);
  }
}
