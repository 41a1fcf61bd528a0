package dev.concierge.cli.audit;

import java.util.Map;

/** A client, its validation and lookups, and one of its communication identities. */
final class PersonChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    persons(audit);
    identities(audit);
  }

  private static void persons(AuditRun audit) {
    String tag = audit.tag();
    String persons = "/api/v1/persons";
    Reply person =
        audit
            .call("POST", persons)
            .body(
                "full_name",
                tag + "-client",
                "person_type",
                "client",
                "timezone",
                "Europe/London",
                "metadata_jsonb",
                Map.of("source", "concierge-admin audit"))
            .expect(201, r -> r.expectField("timezone", "Europe/London"));
    audit.createdThenGone(person, "person_id", persons + "/{person_id}");
    audit
        .call("POST", persons)
        .body("full_name", 42, "person_type", "client")
        .expect(400, r -> r.expectErrorOn("full_name"));
    audit.call("GET", persons).query("person_type=client").expect(200, r -> r.expectTotal(1));
    audit.call("GET", persons).query("limit=0").expect(400, r -> r.expectErrorOn("limit"));
    audit.call("GET", persons).query("bogus=1").expect(400, r -> r.expectErrorOn("bogus"));
    audit
        .call("GET", persons + "/{person_id}")
        .expect(200, r -> r.expectField("person_id", audit.id("person_id")));
    audit.call("GET", persons + "/{person_id}").with("person_id", Call.UNKNOWN_ID).expect(404);
    audit
        .call("GET", persons + "/{person_id}")
        .with("person_id", "not-a-uuid")
        .expect(400, r -> r.expectErrorOn("person_id"));
    audit
        .call("PUT", persons + "/{person_id}")
        .body("preferred_name", "Audit")
        .expect(200, r -> r.expectField("preferred_name", "Audit"));
  }

  private static void identities(AuditRun audit) {
    String tag = audit.tag();
    String route = "/api/v1/persons/{person_id}/comm-identities";
    String address = tag + "@example.invalid";
    Reply identity =
        audit
            .call("POST", route)
            .body("channel_type", "email", "identity_value", address, "is_primary", true)
            .expect(201, r -> r.expectField("identity_value", address));
    audit.created(identity, "comm_identity_id", route + "/{comm_identity_id}");
    audit.call("POST", route).body("channel_type", "email", "identity_value", address).expect(409);
    audit.call("GET", route).expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", route + "/{comm_identity_id}")
        .expect(200, r -> r.expectField("comm_identity_id", audit.id("comm_identity_id")));
    audit
        .call("PUT", route + "/{comm_identity_id}")
        .body("is_verified", true)
        .expect(200, r -> r.expectField("is_verified", "true"));
  }
}
