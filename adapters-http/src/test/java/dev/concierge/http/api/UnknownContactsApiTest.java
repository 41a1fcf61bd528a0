package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who wrote in Slack from an account no person has, listed for staff and linked to a person. */
class UnknownContactsApiTest {
  private ApiServer.Tenant tenant;
  private String workspace;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    workspace = "T" + tenant.orgId();
    tenant.asAdmin(
        "PUT", "/api/v1/organization", json("settings_jsonb", Map.of("slack_team_id", workspace)));
  }

  @Test
  void a_stranger_who_wrote_twice_is_listed_once_with_their_name_and_last_message() {
    String stranger = "U" + UUID.randomUUID();
    write(stranger, "Hello?");
    write(stranger, "Is anyone there?");

    ApiServer.Response list = tenant.get("/api/v1/unknown-contacts");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("X-Total-Count")).isEqualTo("1");
    JsonNode contact = list.json().get(0);
    assertThat(contact.get("channel_type").asText()).isEqualTo("slack");
    assertThat(contact.get("identity_value").asText()).isEqualTo(stranger);
    assertThat(contact.get("display_name").asText()).isEqualTo("Sam Stranger");
    assertThat(contact.get("last_message").asText()).isEqualTo("Is anyone there?");
    assertThat(contact.get("message_count").asInt()).isEqualTo(2);
    assertThat(ApiServer.send("GET", "/api/v1/unknown-contacts", null, null).status())
        .isEqualTo(401);
  }

  @Test
  void linking_gives_the_person_the_slack_identity_and_takes_the_contact_off_the_list() {
    String stranger = "U" + UUID.randomUUID();
    write(stranger, "Hello, it's Sarah's assistant");
    String contact =
        tenant.get("/api/v1/unknown-contacts").json().get(0).get("unknown_contact_id").asText();
    String sarah = tenant.person("Sarah Chen");
    String link = "/api/v1/unknown-contacts/" + contact + "/link";

    ApiServer.Response linked = tenant.post(link, json("person_id", sarah));

    assertThat(linked.status()).isEqualTo(201);
    assertThat(linked.json().get("person_id").asText()).isEqualTo(sarah);
    assertThat(linked.json().get("channel_type").asText()).isEqualTo("slack");
    assertThat(linked.json().get("identity_value").asText()).isEqualTo(stranger);
    assertThat(linked.json().get("is_verified").asBoolean()).isTrue();
    assertThat(linked.header("Location"))
        .isEqualTo("/api/v1/persons/" + sarah + "/comm-identities/" + linked.id());
    assertThat(tenant.get("/api/v1/unknown-contacts").json()).isEmpty();
    assertThat(tenant.post(link, json("person_id", sarah)).status()).isEqualTo(404);
  }

  @Test
  void a_person_of_another_organization_is_refused_like_one_that_does_not_exist() {
    write("U" + UUID.randomUUID(), "Hello");
    String contact =
        tenant.get("/api/v1/unknown-contacts").json().get(0).get("unknown_contact_id").asText();
    String theirs = ApiServer.newTenant().person("Someone Else");

    ApiServer.Response elsewhere =
        tenant.post("/api/v1/unknown-contacts/" + contact + "/link", json("person_id", theirs));
    ApiServer.Response nowhere =
        tenant.post(
            "/api/v1/unknown-contacts/" + contact + "/link",
            json("person_id", UUID.randomUUID().toString()));

    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(nowhere.status()).isEqualTo(400);
    assertThat(elsewhere.json().get("errors")).isEqualTo(nowhere.json().get("errors"));
    assertThat(tenant.get("/api/v1/unknown-contacts").json()).hasSize(1);
  }

  @Test
  void without_a_signing_secret_slacks_http_events_are_refused_as_unsigned() {
    ApiServer.Response refused =
        ApiServer.send("POST", "/api/v1/webhooks/slack", null, "{\"type\":\"url_verification\"}");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  private void write(String sender, String text) {
    ApiServer.writeInSlack(workspace, sender, text);
  }
}
