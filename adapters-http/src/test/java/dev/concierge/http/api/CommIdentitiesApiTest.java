package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommIdentitiesApiTest {
  private ApiServer.Tenant tenant;
  private String sarah;
  private String base;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.person("Sarah Chen");
    base = "/api/v1/persons/" + sarah + "/comm-identities";
  }

  @Test
  void create_read_update_delete() {
    ApiServer.Response created =
        tenant.post(
            base,
            json(
                "channel_type",
                "email",
                "identity_value",
                "sarah@example.com",
                "is_primary",
                true));
    String item = base + "/" + created.id();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(item);
    assertThat(created.json().get("is_primary").asBoolean()).isTrue();
    assertThat(created.json().get("is_verified").asBoolean()).isFalse();
    assertThat(tenant.get(item).json()).isEqualTo(created.json());

    ApiServer.Response verified = tenant.put(item, json("is_verified", true));
    assertThat(verified.json().get("is_verified").asBoolean()).isTrue();
    assertThat(verified.json().get("identity_value").asText()).isEqualTo("sarah@example.com");

    assertThat(tenant.delete(item).status()).isEqualTo(204);
    assertThat(tenant.get(item).status()).isEqualTo(404);
    assertThat(tenant.get(base).json()).isEmpty();
  }

  @Test
  void making_one_primary_demotes_the_other_on_the_same_channel_only() {
    String work =
        tenant.create(
            base,
            json("channel_type", "email", "identity_value", "w@example.com", "is_primary", true));
    String slack =
        tenant.create(
            base, json("channel_type", "slack", "identity_value", "U123", "is_primary", true));
    String home =
        tenant.create(
            base,
            json("channel_type", "email", "identity_value", "h@example.com", "is_primary", true));

    assertThat(tenant.get(base + "/" + work).json().get("is_primary").asBoolean()).isFalse();
    assertThat(tenant.get(base + "/" + home).json().get("is_primary").asBoolean()).isTrue();
    assertThat(tenant.get(base + "/" + slack).json().get("is_primary").asBoolean()).isTrue();

    tenant.put(base + "/" + work, json("is_primary", true));

    assertThat(tenant.get(base + "/" + work).json().get("is_primary").asBoolean()).isTrue();
    assertThat(tenant.get(base + "/" + home).json().get("is_primary").asBoolean()).isFalse();
    assertThat(tenant.get(base).header("X-Total-Count")).isEqualTo("3");
  }

  @Test
  void a_value_is_used_once_per_organization_and_channel() {
    String other = tenant.person("Other");
    tenant.create(base, json("channel_type", "slack", "identity_value", "U999"));

    ApiServer.Response clash =
        tenant.post(
            "/api/v1/persons/" + other + "/comm-identities",
            json("channel_type", "slack", "identity_value", "U999"));
    ApiServer.Response otherChannel =
        tenant.post(
            "/api/v1/persons/" + other + "/comm-identities",
            json("channel_type", "sms", "identity_value", "U999"));

    assertThat(clash.status()).isEqualTo(409);
    assertThat(otherChannel.status()).isEqualTo(201);
  }

  @Test
  void invalid_identities_are_named() {
    ApiServer.Response channel =
        tenant.post(base, json("channel_type", "fax", "identity_value", "1", "is_primary", "yes"));
    ApiServer.Response email =
        tenant.post(base, json("channel_type", "email", "identity_value", "not-an-email"));
    ApiServer.Response missing = tenant.post(base, "{}");
    String id = tenant.create(base, json("channel_type", "phone", "identity_value", "+1 555"));
    ApiServer.Response changeChannel = tenant.put(base + "/" + id, json("channel_type", "sms"));
    ApiServer.Response nullFlag = tenant.put(base + "/" + id, "{\"is_primary\": null}");

    assertThat(channel.errorFields()).containsExactlyInAnyOrder("channel_type", "is_primary");
    assertThat(email.errorFields()).containsExactly("identity_value");
    assertThat(missing.errorFields()).containsExactly("channel_type");
    assertThat(changeChannel.errorFields()).containsExactly("channel_type");
    assertThat(nullFlag.errorFields()).containsExactly("is_primary");
  }

  @Test
  void unknown_or_foreign_persons_and_identities_are_404() {
    String id = tenant.create(base, json("channel_type", "web", "identity_value", "web-1"));
    String otherPerson = tenant.person("Other");
    ApiServer.Tenant otherOrg = ApiServer.newTenant();

    assertThat(tenant.get("/api/v1/persons/" + otherPerson + "/comm-identities/" + id).status())
        .isEqualTo(404);
    assertThat(otherOrg.get(base).status()).isEqualTo(404);
    assertThat(otherOrg.post(base, json("channel_type", "web", "identity_value", "x")).status())
        .isEqualTo(404);
    assertThat(otherOrg.delete(base + "/" + id).status()).isEqualTo(404);
    assertThat(tenant.asAnalyst("DELETE", base + "/" + id, null).status()).isEqualTo(403);
    assertThat(tenant.get(base + "/" + id).status()).isEqualTo(200);
  }
}
