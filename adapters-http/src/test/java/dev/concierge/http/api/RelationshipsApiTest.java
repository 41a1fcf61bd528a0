package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipsApiTest {
  private ApiServer.Tenant tenant;
  private String sarah;
  private String mom;
  private String base;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.person("Sarah Chen");
    mom =
        tenant.create(
            "/api/v1/persons", json("full_name", "Mei Chen", "person_type", "family_member"));
    base = "/api/v1/persons/" + sarah + "/relationships";
  }

  @Test
  void a_relationship_is_created_listed_from_both_persons_and_deleted() {
    ApiServer.Response created =
        tenant.post(base, json("related_person_id", mom, "relation", "Mother"));
    String item = base + "/" + created.id();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(base);
    assertThat(created.json().get("person_id").asText()).isEqualTo(sarah);
    assertThat(created.json().get("related_person_id").asText()).isEqualTo(mom);
    assertThat(created.json().get("relation").asText()).isEqualTo("mother");
    ApiServer.Response hers = tenant.get(base);
    assertThat(hers.header("X-Total-Count")).isEqualTo("1");
    assertThat(hers.json().get(0)).isEqualTo(created.json());
    assertThat(tenant.get("/api/v1/persons/" + mom + "/relationships").json().get(0))
        .isEqualTo(created.json());

    assertThat(tenant.delete("/api/v1/persons/" + mom + "/relationships/" + created.id()).status())
        .isEqualTo(404);
    assertThat(tenant.delete(item).status()).isEqualTo(204);
    assertThat(tenant.get(base).json()).isEmpty();
    assertThat(tenant.delete(item).status()).isEqualTo(404);
  }

  @Test
  void the_persons_own_relationships_come_before_those_of_others_to_them() {
    String daniel =
        tenant.create(
            "/api/v1/persons", json("full_name", "Daniel Chen", "person_type", "family_member"));
    tenant.create(
        "/api/v1/persons/" + mom + "/relationships",
        json("related_person_id", sarah, "relation", "daughter"));
    tenant.create(base, json("related_person_id", mom, "relation", "mother"));
    tenant.create(base, json("related_person_id", daniel, "relation", "spouse"));

    List<String> read = new ArrayList<>();
    for (JsonNode relationship : tenant.get(base).json()) {
      read.add(relationship.get("relation").asText());
    }

    assertThat(read).containsExactly("mother", "spouse", "daughter");
  }

  @Test
  void the_same_relation_twice_is_a_conflict_and_bad_input_names_its_field() {
    tenant.create(base, json("related_person_id", mom, "relation", "mother"));

    ApiServer.Response twice =
        tenant.post(base, json("related_person_id", mom, "relation", "MOTHER"));
    ApiServer.Response self =
        tenant.post(base, json("related_person_id", sarah, "relation", "self"));
    ApiServer.Response nobody =
        tenant.post(
            base,
            json("related_person_id", java.util.UUID.randomUUID().toString(), "relation", "aunt"));
    ApiServer.Response tooLong =
        tenant.post(base, json("related_person_id", mom, "relation", "x".repeat(51)));
    ApiServer.Response missing = tenant.post(base, "{}");

    assertThat(twice.status()).isEqualTo(409);
    assertThat(self.errorFields()).containsExactly("related_person_id");
    assertThat(nobody.errorFields()).containsExactly("related_person_id");
    assertThat(tooLong.errorFields()).containsExactly("relation");
    assertThat(missing.errorFields()).containsExactly("related_person_id", "relation");
  }

  @Test
  void a_deleted_persons_relationships_leave_the_list_and_other_organizations_see_nothing() {
    tenant.create(base, json("related_person_id", mom, "relation", "mother"));
    ApiServer.Tenant other = ApiServer.newTenant();

    assertThat(other.get(base).status()).isEqualTo(404);
    assertThat(tenant.asAnalyst("GET", base, null).status()).isEqualTo(200);
    assertThat(
            tenant
                .asAnalyst("POST", base, json("related_person_id", mom, "relation", "x"))
                .status())
        .isEqualTo(403);

    assertThat(tenant.delete("/api/v1/persons/" + mom).status()).isEqualTo(204);

    assertThat(tenant.get(base).json()).isEmpty();
    assertThat(tenant.get(base).header("X-Total-Count")).isEqualTo("0");
  }
}
