package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.persistence.testing.SharedPostgres;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DateCategoriesApiTest {
  private static final String PATH = "/api/v1/date-categories";
  private ApiServer.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
  }

  private ApiServer.Response create(String name) {
    return tenant.asAdmin(
        "POST", PATH, json("category_name", name, "icon", "⛵", "color", "#1E90FF"));
  }

  @Test
  void an_admin_creates_reads_updates_and_deletes_a_category() {
    ApiServer.Response created = create("Regatta");
    String id = created.id();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
    assertThat(created.json().get("icon").asText()).isEqualTo("⛵");
    assertThat(created.json().get("schema_jsonb").isObject()).isTrue();
    assertThat(tenant.get(PATH + "/" + id).json().get("category_name").asText())
        .isEqualTo("Regatta");

    ApiServer.Response updated = tenant.asAdmin("PUT", PATH + "/" + id, "{\"icon\": null}");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("icon").isNull()).isTrue();
    assertThat(updated.json().get("color").asText()).isEqualTo("#1E90FF");

    assertThat(tenant.asAdmin("DELETE", PATH + "/" + id, null).status()).isEqualTo(204);
    assertThat(tenant.get(PATH + "/" + id).status()).isEqualTo(404);
    assertThat(tenant.get(PATH).json()).isEmpty();
  }

  @Test
  void names_are_unique_per_organization_ignoring_case() {
    String first = create("Regatta").id();
    String second = create("Gala").id();

    ApiServer.Response duplicate = create("REGATTA");
    ApiServer.Response renamedOntoIt =
        tenant.asAdmin("PUT", PATH + "/" + second, json("category_name", "regatta"));
    ApiServer.Response otherOrg =
        ApiServer.newTenant().asAdmin("POST", PATH, json("category_name", "Regatta"));

    assertThat(first).isNotBlank();
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("type").asText()).endsWith("/conflict");
    assertThat(renamedOntoIt.status()).isEqualTo(409);
    assertThat(otherOrg.status()).isEqualTo(201);
  }

  @Test
  void a_category_in_use_cannot_be_deleted() {
    String id = create("Regatta").id();
    String person = tenant.person("Sailor");
    // date items arrive with the time engine; the row is what makes the category "in use"
    SharedPostgres.migrated()
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "insert into date_items (org_id, person_id, category_id, title, date_value)"
                        + " values (?, ?, ?, 'Cowes Week', date '2026-08-01')",
                    tenant.orgId(),
                    UUID.fromString(person),
                    UUID.fromString(id)));

    ApiServer.Response response = tenant.asAdmin("DELETE", PATH + "/" + id, null);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("detail").asText()).contains("date items");
    assertThat(tenant.get(PATH + "/" + id).status()).isEqualTo(200);
  }

  @Test
  void only_admins_change_categories_but_everyone_reads_them() {
    String id = create("Regatta").id();

    assertThat(tenant.post(PATH, json("category_name", "Nope")).status()).isEqualTo(403);
    assertThat(tenant.put(PATH + "/" + id, json("icon", "x")).status()).isEqualTo(403);
    assertThat(tenant.delete(PATH + "/" + id).status()).isEqualTo(403);
    assertThat(tenant.asAnalyst("POST", PATH, json("category_name", "Nope")).status())
        .isEqualTo(403);
    assertThat(tenant.get(PATH).json()).hasSize(1);
    assertThat(tenant.asAnalyst("GET", PATH + "/" + id, null).status()).isEqualTo(200);
  }

  @Test
  void invalid_fields_are_named() {
    ApiServer.Response wrongTypes =
        tenant.asAdmin("POST", PATH, json("category_name", 7, "schema_jsonb", "{}"));
    ApiServer.Response badValues =
        tenant.asAdmin(
            "POST", PATH, json("category_name", " ", "color", "red", "icon", "x".repeat(17)));

    assertThat(wrongTypes.status()).isEqualTo(400);
    assertThat(wrongTypes.errorFields()).containsExactlyInAnyOrder("category_name", "schema_jsonb");
    assertThat(badValues.status()).isEqualTo(400);
    assertThat(badValues.errorFields()).containsExactlyInAnyOrder("category_name", "color", "icon");
  }

  @Test
  void the_default_organizations_six_categories_are_listed_by_name() {
    ApiServer.Tenant defaultOrgReader = defaultOrganizationAnalyst();

    ApiServer.Response list = defaultOrgReader.asAnalyst("GET", PATH + "?limit=500", null);

    assertThat(list.header("X-Total-Count")).isEqualTo("6");
    assertThat(list.json().get(0).get("category_name").asText()).isEqualTo("Anniversary");
  }

  private static ApiServer.Tenant defaultOrganizationAnalyst() {
    UUID org = UUID.fromString("00000000-0000-0000-0000-000000000001");
    String key =
        ApiServer.service()
            .apiKeys()
            .issue(org, dev.concierge.core.access.ApiRole.ANALYST, "reader", "test")
            .secret();
    return new ApiServer.Tenant(org, null, null, key);
  }
}
