package dev.concierge.cli.audit;

/** A relative of the audit's client and how they are related, both ways round. */
final class RelationshipChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String tag = audit.tag();
    String person = "/api/v1/persons/{person_id}";
    Reply relative =
        audit
            .call("POST", "/api/v1/persons")
            .body("full_name", tag + "-mother", "person_type", "family_member")
            .expect(201, r -> r.expectField("person_type", "family_member"));
    if (audit.remember(relative, "person_id", "relative_id")) {
      String relativeId = audit.id("relative_id");
      audit.deleteLater(
          () -> audit.call("DELETE", person).with("person_id", relativeId).expect(204));
    }
    String route = person + "/relationships";
    Reply relationship =
        audit
            .call("POST", route)
            .body("related_person_id", audit.id("relative_id"), "relation", "Mother")
            .expect(201, r -> r.expectField("relation", "mother"));
    audit.created(relationship, "relationship_id", route + "/{relationship_id}");
    audit
        .call("POST", route)
        .body("related_person_id", audit.id("relative_id"), "relation", "mother")
        .expect(409);
    audit
        .call("POST", route)
        .body("related_person_id", audit.id("person_id"), "relation", "self")
        .expect(400, r -> r.expectErrorOn("related_person_id"));
    audit.call("GET", route).expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", route)
        .with("person_id", audit.id("relative_id"))
        .expect(200, r -> r.expectTotal(1));
  }
}
