package dev.concierge.cli.audit;

/** A preference the client said in the audit's message, captured, listed, then confirmed. */
final class PreferenceChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String tag = audit.tag();
    String route = "/api/v1/persons/{person_id}/preferences";
    Reply preference =
        audit
            .call("POST", route)
            .body(
                "category",
                "food",
                "statement",
                tag + "-vegetarian",
                "source",
                "agent",
                "source_message_id",
                audit.id("message_id"))
            .expect(201, r -> r.expectField("confirmed", "false"));
    audit.createdThenGone(preference, "preference_id", route + "/{preference_id}");
    audit
        .call("POST", route)
        .body("statement", tag + "-no-category")
        .expect(400, r -> r.expectErrorOn("category"));
    audit.call("GET", route).query("confirmed=false").expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", route + "/{preference_id}")
        .expect(200, r -> r.expectField("source_message_id", audit.id("message_id")));
    audit
        .call("PUT", route + "/{preference_id}")
        .body("confirmed", true)
        .expect(200, r -> r.expectField("confirmed", "true"));
  }
}
