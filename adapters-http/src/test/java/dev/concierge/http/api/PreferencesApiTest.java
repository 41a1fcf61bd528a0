package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreferencesApiTest {
  private ApiServer.Tenant tenant;
  private String sarah;
  private String base;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.client("Sarah Chen", "America/New_York");
    base = "/api/v1/persons/" + sarah + "/preferences";
  }

  @Test
  void a_preference_said_in_a_message_keeps_its_provenance_until_staff_confirm_it() {
    String conversation =
        tenant.create("/api/v1/conversations", json("person_id", sarah, "channel_type", "web"));
    ApiServer.Response said =
        tenant.post(
            "/api/v1/conversations/" + conversation + "/messages",
            json("direction", "inbound", "content", "I'm vegetarian now"));

    ApiServer.Response created =
        tenant.post(
            base,
            json(
                "category",
                "food",
                "statement",
                "Vegetarian since March 2026",
                "source",
                "agent",
                "source_message_id",
                said.id()));
    String item = base + "/" + created.id();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(item);
    JsonNode preference = created.json();
    assertThat(preference.get("source").asText()).isEqualTo("agent");
    assertThat(preference.get("confirmed").asBoolean()).isFalse();
    assertThat(preference.get("source_message_id").asText()).isEqualTo(said.id());
    // the message's own time, both shown in Sarah's zone
    assertThat(preference.get("captured_at").asText())
        .isEqualTo(said.json().get("created_at").asText());
    assertThat(preference.at("/created_by/actor_type").asText()).isEqualTo("api_key");
    assertThat(preference.at("/created_by/actor_name").asText()).isEqualTo("concierge");
    assertThat(tenant.get(item).json()).isEqualTo(preference);

    ApiServer.Response confirmed = tenant.put(item, json("confirmed", true));

    assertThat(confirmed.json().get("confirmed").asBoolean()).isTrue();
    assertThat(confirmed.json().get("statement").asText()).isEqualTo("Vegetarian since March 2026");
    assertThat(confirmed.json().get("source").asText()).isEqualTo("agent");
  }

  @Test
  void staff_preferences_are_confirmed_listed_newest_first_and_filtered() {
    tenant.create(
        base,
        json(
            "category",
            "travel",
            "statement",
            "Aisle seats",
            "captured_at",
            "2025-01-10T09:00:00Z"));
    tenant.create(
        base,
        json(
            "category",
            "gifts",
            "statement",
            "Loves peonies",
            "source",
            "agent",
            "captured_at",
            "2025-06-01T09:00:00Z"));
    ApiServer.Response food =
        tenant.post(base, json("category", "food", "statement", "No shellfish"));

    assertThat(food.json().get("source").asText()).isEqualTo("staff");
    assertThat(food.json().get("confirmed").asBoolean()).isTrue();
    assertThat(statements(tenant.get(base)))
        .containsExactly("No shellfish", "Loves peonies", "Aisle seats");
    assertThat(statements(tenant.get(base + "?confirmed=false"))).containsExactly("Loves peonies");
    assertThat(statements(tenant.get(base + "?category=travel&limit=1")))
        .containsExactly("Aisle seats");
    assertThat(tenant.get(base + "?skip=1&limit=1").header("X-Total-Count")).isEqualTo("3");
    assertThat(tenant.get(base + "?category=dining").errorFields()).containsExactly("category");
    assertThat(tenant.get(base + "?confirmed=yes").errorFields()).containsExactly("confirmed");
  }

  @Test
  void bad_input_is_refused_field_by_field() {
    String brother = tenant.person("Daniel Chen");
    String conversation =
        tenant.create("/api/v1/conversations", json("person_id", brother, "channel_type", "web"));
    String his =
        tenant.create(
            "/api/v1/conversations/" + conversation + "/messages",
            json("direction", "inbound", "content", "Sarah hates lilies"));

    ApiServer.Response missing = tenant.post(base, "{}");
    ApiServer.Response wrong =
        tenant.post(
            base, json("category", "dining", "statement", "x".repeat(1001), "source", "rumour"));
    ApiServer.Response notHers =
        tenant.post(
            base, json("category", "gifts", "statement", "Hates lilies", "source_message_id", his));
    ApiServer.Response selfConfirmed =
        tenant.post(
            base,
            json(
                "category",
                "gifts",
                "statement",
                "Hates lilies",
                "source",
                "agent",
                "confirmed",
                true));

    assertThat(missing.errorFields()).containsExactly("category", "statement");
    assertThat(wrong.errorFields()).containsExactlyInAnyOrder("category", "source");
    assertThat(notHers.errorFields()).containsExactly("source_message_id");
    assertThat(selfConfirmed.errorFields()).containsExactly("confirmed");
    assertThat(tenant.get(base).json()).isEmpty();
  }

  @Test
  void a_deleted_preference_is_gone_and_others_cannot_touch_one() {
    String item =
        base + "/" + tenant.create(base, json("category", "other", "statement", "Has a dog"));
    ApiServer.Tenant other = ApiServer.newTenant();

    assertThat(other.get(item).status()).isEqualTo(404);
    assertThat(other.delete(item).status()).isEqualTo(404);
    assertThat(tenant.asAnalyst("PUT", item, json("confirmed", false)).status()).isEqualTo(403);
    assertThat(tenant.asAnalyst("GET", item, null).status()).isEqualTo(200);

    assertThat(tenant.delete(item).status()).isEqualTo(204);

    assertThat(tenant.get(item).status()).isEqualTo(404);
    assertThat(tenant.put(item, json("statement", "Has two dogs")).status()).isEqualTo(404);
    assertThat(tenant.get(base).json()).isEmpty();
  }

  private static List<String> statements(ApiServer.Response list) {
    List<String> statements = new ArrayList<>();
    list.json().forEach(preference -> statements.add(preference.get("statement").asText()));
    return statements;
  }
}
