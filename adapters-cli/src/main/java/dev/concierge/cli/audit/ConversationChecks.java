package dev.concierge.cli.audit;

/** A conversation and a message; deleted again (the message first), afterwards 404. */
final class ConversationChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String tag = audit.tag();
    String conversations = "/api/v1/conversations";
    Reply conversation =
        audit
            .call("POST", conversations)
            .body(
                "person_id",
                audit.id("person_id"),
                "channel_type",
                "email",
                "subject",
                tag + "-conversation")
            .expect(201, r -> r.expectField("subject", tag + "-conversation"));
    audit.createdThenGone(conversation, "conversation_id", conversations + "/{conversation_id}");
    audit
        .call("GET", conversations)
        .query("person_id=" + audit.id("person_id"))
        .expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", conversations + "/{conversation_id}")
        .expect(200, r -> r.expectField("conversation_id", audit.id("conversation_id")));
    String messages = conversations + "/{conversation_id}/messages";
    Reply message =
        audit
            .call("POST", messages)
            .body("direction", "inbound", "sender_type", "client", "content", tag + "-message")
            .expect(201, r -> r.expectField("content", tag + "-message"));
    audit.created(message, "message_id", messages + "/{message_id}");
    audit.call("GET", messages).expect(200, r -> r.expectTotal(1));
  }
}
