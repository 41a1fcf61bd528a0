package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationsApiTest {
  private ApiServer.Tenant tenant;
  private String sarah;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.person("Sarah Chen");
  }

  @Test
  void staff_log_a_phone_call_with_its_messages() {
    ApiServer.Response call =
        tenant.post(
            "/api/v1/conversations",
            json("person_id", sarah, "channel_type", "phone", "subject", "Anniversary ideas"));
    String base = "/api/v1/conversations/" + call.id() + "/messages";

    ApiServer.Response first =
        tenant.post(base, json("direction", "inbound", "sender_type", "client", "content", "Hi!"));
    ApiServer.Response second =
        tenant.post(base, json("direction", "outbound", "content", "Booked The Modern."));
    ApiServer.Response messages = tenant.get(base);
    ApiServer.Response conversation = tenant.get(call.header("Location"));

    assertThat(call.status()).isEqualTo(201);
    assertThat(call.json().get("status").asText()).isEqualTo("active");
    assertThat(call.json().get("last_message_at").isNull()).isTrue();
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Location")).isEqualTo(base);
    assertThat(second.json().get("sender_type").asText()).isEqualTo("staff");
    assertThat(messages.header("X-Total-Count")).isEqualTo("2");
    assertThat(messages.json().get(0).get("content").asText()).isEqualTo("Hi!");
    assertThat(messages.json().get(1).get("content").asText()).isEqualTo("Booked The Modern.");
    assertThat(conversation.json().get("last_message_at").asText())
        .isEqualTo(second.json().get("created_at").asText());
  }

  @Test
  void a_message_that_does_not_say_who_wrote_it_is_the_clients_when_inbound_and_staffs_otherwise() {
    String base =
        "/api/v1/conversations/"
            + tenant.create(
                "/api/v1/conversations", json("person_id", sarah, "channel_type", "email"))
            + "/messages";

    ApiServer.Response inbound = tenant.post(base, json("direction", "inbound", "content", "Hi"));
    ApiServer.Response outbound =
        tenant.post(base, json("direction", "outbound", "content", "Hello Sarah"));
    ApiServer.Response note = tenant.post(base, json("direction", "internal", "content", "VIP"));
    ApiServer.Response forwarded =
        tenant.post(
            base, json("direction", "inbound", "sender_type", "staff", "content", "Forwarded"));

    assertThat(inbound.json().get("sender_type").asText()).isEqualTo("client");
    assertThat(outbound.json().get("sender_type").asText()).isEqualTo("staff");
    assertThat(note.json().get("sender_type").asText()).isEqualTo("staff");
    assertThat(forwarded.json().get("sender_type").asText()).isEqualTo("staff");
  }

  @Test
  void list_filters_by_person_newest_first_and_pages_messages() {
    String other = tenant.person("Other");
    String older =
        tenant.create("/api/v1/conversations", json("person_id", sarah, "channel_type", "email"));
    String newer =
        tenant.create("/api/v1/conversations", json("person_id", sarah, "channel_type", "slack"));
    tenant.create("/api/v1/conversations", json("person_id", other, "channel_type", "sms"));
    for (int i = 0; i < 3; i++) {
      tenant.post(
          "/api/v1/conversations/" + older + "/messages",
          json("direction", "internal", "content", "note " + i));
    }

    ApiServer.Response sarahs = tenant.get("/api/v1/conversations?person_id=" + sarah);
    ApiServer.Response page =
        tenant.get("/api/v1/conversations/" + older + "/messages?skip=1&limit=1");

    assertThat(sarahs.header("X-Total-Count")).isEqualTo("2");
    assertThat(sarahs.json().get(0).get("conversation_id").asText()).isEqualTo(newer);
    assertThat(tenant.get("/api/v1/conversations").json()).hasSize(3);
    assertThat(page.header("X-Total-Count")).isEqualTo("3");
    assertThat(page.json().get(0).get("content").asText()).isEqualTo("note 1");
    assertThat(tenant.get("/api/v1/conversations/" + older + "/messages?limit=501").status())
        .isEqualTo(400);
  }

  @Test
  void invalid_conversations_and_messages_are_named() {
    ApiServer.Response conversation =
        tenant.post(
            "/api/v1/conversations",
            json("person_id", sarah, "channel_type", "pigeon", "status", "open"));
    ApiServer.Response missing = tenant.post("/api/v1/conversations", "{}");
    String id =
        tenant.create("/api/v1/conversations", json("person_id", sarah, "channel_type", "web"));
    ApiServer.Response message =
        tenant.post(
            "/api/v1/conversations/" + id + "/messages",
            json("direction", "sideways", "content", 5, "sender_type", "robot"));
    ApiServer.Response empty =
        tenant.post("/api/v1/conversations/" + id + "/messages", json("direction", "inbound"));

    assertThat(conversation.errorFields()).containsExactlyInAnyOrder("channel_type", "status");
    assertThat(missing.errorFields()).containsExactlyInAnyOrder("person_id", "channel_type");
    assertThat(message.errorFields())
        .containsExactlyInAnyOrder("direction", "content", "sender_type");
    assertThat(empty.errorFields()).containsExactly("content");
  }

  @Test
  void unknown_and_foreign_conversations_are_404() {
    String id =
        tenant.create("/api/v1/conversations", json("person_id", sarah, "channel_type", "web"));
    ApiServer.Tenant other = ApiServer.newTenant();
    String unknown = "/api/v1/conversations/0b7c2b8e-0000-4000-8000-000000000000";

    assertThat(tenant.get(unknown).status()).isEqualTo(404);
    assertThat(tenant.get(unknown + "/messages").status()).isEqualTo(404);
    assertThat(
            tenant
                .post(unknown + "/messages", json("direction", "inbound", "content", "x"))
                .status())
        .isEqualTo(404);
    assertThat(other.get("/api/v1/conversations/" + id).status()).isEqualTo(404);
    assertThat(
            other
                .post(
                    "/api/v1/conversations/" + id + "/messages",
                    json("direction", "inbound", "content", "x"))
                .status())
        .isEqualTo(404);
    assertThat(
            tenant
                .asAnalyst(
                    "POST",
                    "/api/v1/conversations",
                    json("person_id", sarah, "channel_type", "web"))
                .status())
        .isEqualTo(403);
  }

  private String conversation(String subject) {
    return tenant.create(
        "/api/v1/conversations",
        json("person_id", sarah, "channel_type", "email", "subject", subject));
  }

  private String message(String conversation, String content) {
    return tenant.create(
        "/api/v1/conversations/" + conversation + "/messages",
        json("direction", "inbound", "content", content));
  }

  @Test
  void a_deleted_conversation_and_its_messages_are_gone_for_every_read_and_audited() {
    String id = conversation("Wrong client");
    String kept = conversation("Kept");
    String base = "/api/v1/conversations/" + id;
    String message = message(id, "Hello");

    ApiServer.Response analyst = tenant.asAnalyst("DELETE", base, null);
    ApiServer.Response deleted = tenant.delete(base);

    assertThat(analyst.status()).isEqualTo(403);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(tenant.get(base).status()).isEqualTo(404);
    assertThat(tenant.get(base + "/messages").status()).isEqualTo(404);
    assertThat(tenant.post(base + "/messages", json("direction", "inbound", "content", "x")))
        .extracting(ApiServer.Response::status)
        .isEqualTo(404);
    assertThat(tenant.delete(base + "/messages/" + message).status()).isEqualTo(404);
    assertThat(tenant.delete(base).status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/conversations").json())
        .extracting(c -> c.get("conversation_id").asText())
        .containsExactly(kept);
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/dashboard").json().toString())
        .doesNotContain(id);
    assertThat(tenant.asAdmin("GET", "/api/v1/audit-log?entity_id=" + id, null).json())
        .extracting(e -> e.get("action").asText())
        .containsExactly("delete", "create");
  }

  @Test
  void one_message_is_deleted_from_its_conversation_only() {
    String id = conversation("Plans");
    String other = conversation("Other");
    String base = "/api/v1/conversations/" + id + "/messages";
    String wrong = message(id, "Sent to the wrong client");
    String right = message(id, "Your table is booked");

    ApiServer.Response elsewhere =
        tenant.delete("/api/v1/conversations/" + other + "/messages/" + wrong);
    ApiServer.Response analyst = tenant.asAnalyst("DELETE", base + "/" + wrong, null);
    ApiServer.Response deleted = tenant.delete(base + "/" + wrong);

    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(analyst.status()).isEqualTo(403);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(tenant.get(base).json())
        .extracting(m -> m.get("message_id").asText())
        .containsExactly(right);
    assertThat(tenant.get(base).header("X-Total-Count")).isEqualTo("1");
    assertThat(tenant.delete(base + "/" + wrong).status()).isEqualTo(404);
    assertThat(
            tenant.asAdmin("GET", "/api/v1/audit-log?entity_type=message&entity_id=" + wrong, null))
        .extracting(r -> r.json().get(0).get("action").asText())
        .isEqualTo("delete");
  }
}
