package dev.concierge.cli.audit;

import java.util.List;

/**
 * Reads the assistant's agents and writes one back as it is, reads its run log, and sends the chat
 * and a confirmation what they refuse: the audit changes nothing here, and starts no run.
 */
final class AgentChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String agents = "/api/v1/agents";
    audit.call("GET", agents).expect(200, r -> r.expectTotal(6));
    Reply retrieval =
        audit
            .call("GET", agents + "/{name}")
            .with("name", "retrieval")
            .expect(200, r -> r.expectField("name", "retrieval"));
    if (retrieval != null) {
      String enabled = retrieval.text("enabled");
      audit
          .call("PUT", agents + "/{name}")
          .with("name", "retrieval")
          .body("enabled", Boolean.parseBoolean(enabled))
          .expect(200, r -> r.expectField("enabled", enabled));
    }
    audit
        .call("PUT", agents + "/{name}")
        .with("name", "retrieval")
        .body("tools", List.of("noSuchOperation"))
        .expect(400, r -> r.expectErrorOn("tools"));
    audit.call("GET", agents + "/{name}").with("name", "concierge").expect(404);

    String runs = "/api/v1/agent-runs";
    Reply listed = audit.call("GET", runs).query("limit=1").expect(200, r -> r.expectTotal(0));
    if (listed != null && !listed.json().isEmpty()) {
      audit
          .call("GET", runs + "/{run_id}")
          .with("run_id", listed.json().path(0).path("run_id").asText())
          .expect(
              200,
              r -> {
                if (!r.json().path("steps").isArray()) {
                  throw new Failure("the run has no steps");
                }
              });
    } else {
      audit.call("GET", runs + "/{run_id}").with("run_id", Call.UNKNOWN_ID).expect(404);
    }
    audit.call("GET", runs).query("status=running").expect(400, r -> r.expectErrorOn("status"));

    // refused before a message is stored, so no run starts and no model is asked
    audit
        .call("POST", agents + "/chat")
        .body("message", "audit- what is coming up?")
        .expect(400, r -> r.expectErrorOn("person_id"));
    audit
        .call("POST", agents + "/actions/{action_id}/confirm")
        .with("action_id", Call.UNKNOWN_ID)
        .expect(404);
  }
}
