package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/v1/organization: every role reads its own organization, admins change its settings. */
class OrganizationApiTest {
  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @Test
  void everyone_reads_their_organization_and_an_admin_changes_its_settings() {
    ApiServer.Response read = tenant.asAnalyst("GET", "/api/v1/organization", null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("org_id").asText()).isEqualTo(tenant.orgId().toString());

    ApiServer.Response changed =
        tenant.asAdmin(
            "PUT",
            "/api/v1/organization",
            json(
                "default_timezone",
                "Europe/London",
                "settings_jsonb",
                Map.of("check_ins", Map.of("enabled", false))));

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("name").asText()).isEqualTo(read.json().get("name").asText());
    assertThat(changed.json().get("default_timezone").asText()).isEqualTo("Europe/London");
    assertThat(changed.json().get("reminder_send_time").asText())
        .isEqualTo(read.json().get("reminder_send_time").asText());
    // a person created without a zone now gets the organization's new default
    ApiServer.Response person =
        tenant.post("/api/v1/persons", json("full_name", "Ada", "person_type", "client"));
    assertThat(person.json().get("timezone").asText()).isEqualTo("Europe/London");
    ApiServer.Response log =
        tenant.asAdmin("GET", "/api/v1/audit-log?entity_type=organization", null);
    assertThat(log.json().get(0).get("changes_jsonb").get("fields").toString())
        .isEqualTo("[\"default_timezone\",\"settings_jsonb\"]");
  }

  @Test
  void only_admins_change_it_and_bad_values_name_their_field() {
    assertThat(tenant.put("/api/v1/organization", json("name", "Mine now")).status())
        .isEqualTo(403);
    ApiServer.Response zone =
        tenant.asAdmin("PUT", "/api/v1/organization", json("default_timezone", "Mars/Olympus"));
    ApiServer.Response name = tenant.asAdmin("PUT", "/api/v1/organization", json("name", " "));
    ApiServer.Response sendTime =
        tenant.asAdmin("PUT", "/api/v1/organization", json("reminder_send_time", "07:00"));

    assertThat(zone.status()).isEqualTo(400);
    assertThat(zone.errorFields()).containsExactly("default_timezone");
    assertThat(name.status()).isEqualTo(400);
    assertThat(name.errorFields()).containsExactly("name");
    assertThat(sendTime.status()).isEqualTo(400);
    assertThat(sendTime.errorFields()).containsExactly("reminder_send_time");
  }
}
