package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.persistence.testing.SharedPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/audit-log, and that every write through the API lands in it, and only those. */
class AuditLogApiTest {
  private static final String LOG = "/api/v1/audit-log";

  private ApiServer.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
  }

  @Test
  void a_persons_create_update_and_delete_are_recorded_with_key_request_and_field_names() {
    ApiServer.Response created =
        ApiServer.send(
            "POST",
            "/api/v1/persons",
            tenant.conciergeKey(),
            json(
                "full_name", "Sarah Chen",
                "person_type", "client",
                "birthday", "1985-03-15",
                "metadata_jsonb", Map.of("allergy", "peanuts")),
            "X-Request-Id",
            "req-create-0001");
    String id = created.id();
    ApiServer.send(
        "PUT",
        "/api/v1/persons/" + id,
        tenant.conciergeKey(),
        "{\"full_name\": \"Sarah Chen-Wu\", \"birthday\": null}",
        "X-Request-Id",
        "req-update-0001");
    ApiServer.send(
        "DELETE",
        "/api/v1/persons/" + id,
        tenant.conciergeKey(),
        null,
        "X-Request-Id",
        "req-delete-0001");

    ApiServer.Response log = tenant.asAdmin("GET", LOG + "?entity_id=" + id, null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.header("X-Total-Count")).isEqualTo("3");
    List<JsonNode> entries = entries(log);
    assertThat(entries)
        .extracting(e -> e.get("action").asText())
        .containsExactly("delete", "update", "create");
    assertThat(entries)
        .extracting(e -> e.get("request_id").asText())
        .containsExactly("req-delete-0001", "req-update-0001", "req-create-0001");
    assertThat(fields(entries.get(2)))
        .containsExactly("full_name", "person_type", "birthday", "metadata_jsonb");
    assertThat(fields(entries.get(1))).containsExactly("full_name", "birthday");
    assertThat(fields(entries.get(0))).isEmpty();
    String conciergeKeyId = keyId("concierge");
    for (JsonNode entry : entries) {
      assertThat(entry.get("org_id").asText()).isEqualTo(tenant.orgId().toString());
      assertThat(entry.get("actor_type").asText()).isEqualTo("api_key");
      assertThat(entry.get("actor_id").asText()).isEqualTo(conciergeKeyId);
      assertThat(entry.get("actor_name").asText()).isEqualTo("concierge");
      assertThat(entry.get("actor_role").asText()).isEqualTo("concierge");
      assertThat(entry.get("entity_type").asText()).isEqualTo("person");
      assertThat(entry.get("entity_id").asText()).isEqualTo(id);
    }
    // names only: nothing personal is copied into the log
    assertThat(log.body()).doesNotContain("Sarah").doesNotContain("peanuts").doesNotContain("1985");
  }

  @Test
  void a_write_that_is_refused_leaves_no_entry() {
    String id = tenant.person("Sarah Chen");

    ApiServer.Response badZone =
        tenant.put("/api/v1/persons/" + id, json("timezone", "Mars/Olympus"));
    ApiServer.Response badCreate = tenant.post("/api/v1/persons", json("full_name", "No Type"));
    ApiServer.Response unknown = tenant.delete("/api/v1/persons/" + UUID.randomUUID());
    ApiServer.Response byAnalyst =
        tenant.asAnalyst("PUT", "/api/v1/persons/" + id, json("full_name", "X"));
    ApiServer.Response duplicate =
        tenant.asAdmin("POST", "/api/v1/date-categories", json("category_name", "Gala night"));
    ApiServer.Response again =
        tenant.asAdmin("POST", "/api/v1/date-categories", json("category_name", "gala NIGHT"));

    assertThat(List.of(badZone.status(), badCreate.status(), unknown.status(), byAnalyst.status()))
        .containsExactly(400, 400, 404, 403);
    assertThat(duplicate.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(409);
    List<JsonNode> entries = entries(tenant.asAdmin("GET", LOG, null));
    assertThat(entries)
        .extracting(e -> e.get("entity_type").asText() + " " + e.get("action").asText())
        .containsExactly("date_category create", "person create");
  }

  @Test
  void a_date_item_created_with_reminders_records_each_and_an_update_names_the_api_fields() {
    String person = tenant.person("Sarah Chen");
    String identity =
        tenant.create(
            "/api/v1/persons/" + person + "/comm-identities",
            json("channel_type", "email", "identity_value", "sarah@example.com"));
    ApiServer.Response item =
        tenant.post(
            "/api/v1/date-items",
            json(
                "person_id", person,
                "title", "Wedding anniversary",
                "date_value", "2012-06-16",
                "recurrence_rule", "FREQ=YEARLY",
                "reminder_rules",
                    List.of(
                        Map.of("reminder_type", "lead_time", "lead_time_days", 14),
                        Map.of("reminder_type", "lead_time", "lead_time_days", 2))));
    String reminder =
        tenant.create(
            "/api/v1/reminders",
            json(
                "person_id", person,
                "reminder_type", "scheduled",
                "scheduled_datetime", "2026-03-01T09:00:00-05:00"));
    String resource = tenant.asAdmin("POST", "/api/v1/venues", json("name", "The Loft")).id();
    Map<String, String> updates =
        Map.of(
            "/api/v1/persons/" + person + "/comm-identities/" + identity,
            "{\"is_primary\": true, \"is_verified\": true, \"metadata_jsonb\": {}}",
            "/api/v1/reminders/" + reminder,
            "{\"scheduled_datetime\": \"2026-03-02T09:00:00Z\", \"metadata_jsonb\": {}}",
            "/api/v1/venues/" + resource,
            "{\"is_vetted\": true, \"attributes_jsonb\": {\"seats\": 40}, \"price_level\": 3}");
    updates.forEach(
        (path, body) -> assertThat(tenant.asAdmin("PUT", path, body).status()).isEqualTo(200));

    String itemId = item.id();
    List<JsonNode> reminderEntries =
        entries(tenant.asAdmin("GET", LOG + "?entity_type=reminder", null));
    assertThat(item.status()).isEqualTo(201);
    assertThat(entries(tenant.asAdmin("GET", LOG + "?entity_id=" + itemId, null)))
        .singleElement()
        .satisfies(e -> assertThat(fields(e)).contains("reminder_rules", "recurrence_rule"));
    // two created with the item, one on its own, and that one's update
    assertThat(reminderEntries).hasSize(4);
    assertThat(fields(latest("comm_identity", "update")))
        .containsExactly("is_primary", "is_verified", "metadata_jsonb");
    assertThat(fields(latest("reminder", "update")))
        .containsExactly("scheduled_datetime", "metadata_jsonb");
    assertThat(fields(latest("resource", "update")))
        .containsExactly("price_level", "is_vetted", "attributes_jsonb");
  }

  @Test
  void a_retried_reminder_is_recorded_as_a_retry() {
    String person = tenant.person("Sarah Chen");
    String reminder =
        tenant.create(
            "/api/v1/reminders",
            json(
                "person_id", person,
                "reminder_type", "scheduled",
                "scheduled_datetime", "2025-10-27T10:00:00Z"));
    SharedPostgres.migrated()
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "update reminder_rules set sent_at = now() where reminder_rule_id = ?",
                    UUID.fromString(reminder)));

    assertThat(tenant.post("/api/v1/reminders/" + reminder + "/retry", null).status())
        .isEqualTo(200);

    assertThat(fields(latest("reminder", "retry"))).contains("sent_at", "attempt_count");
  }

  @Test
  void filters_narrow_the_log_and_skip_and_limit_page_it() {
    String sarah = tenant.person("Sarah Chen");
    String daniel = tenant.person("Daniel Chen");
    tenant.put("/api/v1/persons/" + sarah, json("preferred_name", "Sarah"));
    Instant between = Instant.now();
    String project =
        tenant.asAdmin("POST", "/api/v1/projects", json("person_id", daniel, "title", "Trip")).id();
    tenant.asAdmin("PUT", "/api/v1/projects/" + project, json("priority", 1));

    ApiServer.Response all = tenant.asAdmin("GET", LOG, null);
    ApiServer.Response firstPage = tenant.asAdmin("GET", LOG + "?limit=2", null);
    ApiServer.Response secondPage = tenant.asAdmin("GET", LOG + "?skip=2&limit=2", null);

    assertThat(all.header("X-Total-Count")).isEqualTo("5");
    assertThat(firstPage.header("X-Total-Count")).isEqualTo("5");
    List<JsonNode> paged = new ArrayList<>(entries(firstPage));
    paged.addAll(entries(secondPage));
    assertThat(paged)
        .extracting(e -> e.get("audit_id").asText())
        .containsExactlyElementsOf(
            entries(all).subList(0, 4).stream().map(e -> e.get("audit_id").asText()).toList());
    assertThat(count("?entity_type=person")).isEqualTo(3);
    assertThat(count("?entity_type=project&action=update")).isEqualTo(1);
    assertThat(count("?action=create")).isEqualTo(3);
    assertThat(count("?entity_id=" + sarah)).isEqualTo(2);
    assertThat(count("?actor_type=api_key")).isEqualTo(5);
    assertThat(count("?actor_type=cli")).isZero();
    assertThat(count("?actor_id=" + keyId("admin"))).isEqualTo(2);
    assertThat(count("?actor_id=" + keyId("concierge"))).isEqualTo(3);
    assertThat(count("?since=" + between)).isEqualTo(2);
    assertThat(count("?until=" + between)).isEqualTo(3);
    assertThat(count("?since=" + between + "&until=" + Instant.now().plusSeconds(60))).isEqualTo(2);
  }

  @Test
  void a_malformed_filter_is_a_400_naming_it() {
    assertThat(tenant.asAdmin("GET", LOG + "?entity_type=alien", null).errorFields())
        .containsExactly("entity_type");
    assertThat(tenant.asAdmin("GET", LOG + "?action=read", null).errorFields())
        .containsExactly("action");
    assertThat(tenant.asAdmin("GET", LOG + "?actor_type=robot", null).errorFields())
        .containsExactly("actor_type");
    assertThat(tenant.asAdmin("GET", LOG + "?actor_id=key-1", null).errorFields())
        .containsExactly("actor_id");
    assertThat(tenant.asAdmin("GET", LOG + "?entity_id=1", null).errorFields())
        .containsExactly("entity_id");
    assertThat(tenant.asAdmin("GET", LOG + "?since=yesterday", null).errorFields())
        .containsExactly("since");
    assertThat(tenant.asAdmin("GET", LOG + "?until=2025-10-27", null).errorFields())
        .containsExactly("until");
    assertThat(tenant.asAdmin("GET", LOG + "?since=0000-12-31T00:00:00Z", null).errorFields())
        .containsExactly("since");
    assertThat(
            tenant
                .asAdmin(
                    "GET", LOG + "?since=2025-10-28T00:00:00Z&until=2025-10-27T00:00:00Z", null)
                .errorFields())
        .containsExactly("until");
    assertThat(tenant.asAdmin("GET", LOG + "?limit=501", null).errorFields())
        .containsExactly("limit");
  }

  @Test
  void only_an_admin_reads_the_log() {
    tenant.person("Sarah Chen");

    assertThat(tenant.asAnalyst("GET", LOG, null).status()).isEqualTo(403);
    assertThat(tenant.get(LOG).status()).isEqualTo(403);
    assertThat(tenant.asAdmin("GET", LOG, null).status()).isEqualTo(200);
    assertThat(ApiServer.send("GET", LOG, null, null).status()).isEqualTo(401);
  }

  @Test
  void another_organization_never_sees_this_ones_entries() {
    String sarah = tenant.person("Sarah Chen");
    ApiServer.Tenant other = ApiServer.newTenant();
    other.person("Someone Else");

    ApiServer.Response theirs = other.asAdmin("GET", LOG, null);
    ApiServer.Response bySarah = other.asAdmin("GET", LOG + "?entity_id=" + sarah, null);
    ApiServer.Response naming = other.asAdmin("GET", LOG + "?org_id=" + tenant.orgId(), null);

    assertThat(theirs.header("X-Total-Count")).isEqualTo("1");
    assertThat(entries(theirs).get(0).get("org_id").asText()).isEqualTo(other.orgId().toString());
    assertThat(bySarah.header("X-Total-Count")).isEqualTo("0");
    assertThat(naming.status()).isEqualTo(403);
  }

  private JsonNode latest(String entityType, String action) {
    List<JsonNode> found =
        entries(
            tenant.asAdmin(
                "GET",
                LOG + "?entity_type=" + entityType + "&action=" + action + "&limit=1",
                null));
    assertThat(found).as("%s %s", entityType, action).hasSize(1);
    return found.get(0);
  }

  private long count(String query) {
    ApiServer.Response response = tenant.asAdmin("GET", LOG + query, null);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return Long.parseLong(response.header("X-Total-Count"));
  }

  private static List<JsonNode> entries(ApiServer.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    response.json().forEach(entries::add);
    return entries;
  }

  private static List<String> fields(JsonNode entry) {
    List<String> fields = new ArrayList<>();
    entry.get("changes_jsonb").get("fields").forEach(f -> fields.add(f.asText()));
    return fields;
  }

  /** The id of the tenant's key of that name (ApiServer names each key after its role). */
  private String keyId(String name) {
    return SharedPostgres.migrated()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select api_key_id from api_keys where org_id = ? and name = ?")
                    .bind(0, tenant.orgId())
                    .bind(1, name)
                    .mapTo(UUID.class)
                    .one()
                    .toString());
  }
}
