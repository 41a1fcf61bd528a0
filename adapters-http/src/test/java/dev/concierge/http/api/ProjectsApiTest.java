package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectsApiTest {
  private ApiServer.Tenant tenant;
  private String sarah;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.person("Sarah Chen");
  }

  private String project(String title) {
    return tenant.create("/api/v1/projects", json("person_id", sarah, "title", title));
  }

  @Test
  void create_defaults_status_and_priority_and_answers_with_its_location() {
    ApiServer.Response created =
        tenant.post(
            "/api/v1/projects",
            json(
                "person_id", sarah,
                "title", "Plan Anniversary Dinner",
                "description", "Somewhere with a view",
                "due_date", "2026-06-01"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/projects/" + created.id());
    assertThat(created.json().get("status").asText()).isEqualTo("new");
    assertThat(created.json().get("priority").asInt()).isEqualTo(3);
    assertThat(created.json().get("due_date").asText()).isEqualTo("2026-06-01");
    assertThat(created.json().get("completed_at").isNull()).isTrue();
    assertThat(tenant.get(created.header("Location")).json()).isEqualTo(created.json());
  }

  @Test
  void invalid_projects_are_rejected_field_by_field() {
    ApiServer.Response types =
        tenant.post(
            "/api/v1/projects",
            json("person_id", "nope", "title", "T", "status", "done", "priority", 2.5));
    ApiServer.Response values =
        tenant.post(
            "/api/v1/projects",
            json("person_id", "0b7c2b8e-0000-4000-8000-000000000000", "title", "", "priority", 9));

    assertThat(types.status()).isEqualTo(400);
    assertThat(types.errorFields()).containsExactlyInAnyOrder("person_id", "status", "priority");
    assertThat(values.status()).isEqualTo(400);
    assertThat(values.errorFields()).containsExactlyInAnyOrder("person_id", "title", "priority");
  }

  @Test
  void an_unknown_assignee_is_a_400_not_a_500() {
    ApiServer.Response response =
        tenant.post(
            "/api/v1/projects",
            json(
                "person_id", sarah,
                "title", "T",
                "assigned_to_account_id", "0b7c2b8e-0000-4000-8000-000000000000"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("assigned_to_account_id");
  }

  @Test
  void completing_sets_completed_at_and_reopening_clears_it_while_put_stays_partial() {
    String id = project("Renew passport");

    ApiServer.Response completed =
        tenant.put("/api/v1/projects/" + id, json("status", "completed", "priority", 1));
    ApiServer.Response reopened =
        tenant.put("/api/v1/projects/" + id, "{\"status\": \"in_progress\", \"due_date\": null}");

    assertThat(completed.status()).isEqualTo(200);
    assertThat(completed.json().get("completed_at").isNull()).isFalse();
    assertThat(completed.json().get("title").asText()).isEqualTo("Renew passport");
    assertThat(reopened.json().get("completed_at").isNull()).isTrue();
    assertThat(reopened.json().get("priority").asInt()).isEqualTo(1);
    assertThat(tenant.put("/api/v1/projects/" + id, "{\"title\": null}").status()).isEqualTo(400);
  }

  @Test
  void list_filters_by_person_and_status_newest_first_with_paging() {
    String other = tenant.person("Other Client");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(project("Project " + i));
    }
    tenant.create("/api/v1/projects", json("person_id", other, "title", "Theirs"));
    tenant.put("/api/v1/projects/" + created.get(0), json("status", "cancelled"));

    ApiServer.Response firstPage = tenant.get("/api/v1/projects?person_id=" + sarah + "&limit=2");
    ApiServer.Response secondPage =
        tenant.get("/api/v1/projects?person_id=" + sarah + "&limit=2&skip=2");
    ApiServer.Response cancelled = tenant.get("/api/v1/projects?status=cancelled");

    assertThat(firstPage.header("X-Total-Count")).isEqualTo("5");
    assertThat(firstPage.json().get(0).get("project_id").asText()).isEqualTo(created.get(4));
    assertThat(secondPage.json().get(0).get("project_id").asText()).isEqualTo(created.get(2));
    assertThat(cancelled.json()).hasSize(1);
    assertThat(tenant.get("/api/v1/projects").header("X-Total-Count")).isEqualTo("6");
    assertThat(tenant.get("/api/v1/projects?status=paused").errorFields())
        .containsExactly("status");
    assertThat(tenant.get("/api/v1/projects?person_id=x").errorFields())
        .containsExactly("person_id");
  }

  @Test
  void tasks_are_created_listed_in_position_order_updated_and_deleted() {
    String id = project("Anniversary");
    String base = "/api/v1/projects/" + id + "/tasks";

    ApiServer.Response book = tenant.post(base, json("title", "Book table", "position", 2));
    tenant.post(base, json("title", "Choose restaurant", "position", 1));
    ApiServer.Response list = tenant.get(base);
    String taskId = book.id();
    ApiServer.Response done = tenant.put(base + "/" + taskId, json("status", "completed"));
    ApiServer.Response deleted = tenant.delete(base + "/" + taskId);

    assertThat(book.status()).isEqualTo(201);
    assertThat(book.header("Location")).isEqualTo(base + "/" + taskId);
    assertThat(book.json().get("status").asText()).isEqualTo("pending");
    assertThat(list.header("X-Total-Count")).isEqualTo("2");
    assertThat(list.json().get(0).get("title").asText()).isEqualTo("Choose restaurant");
    assertThat(done.json().get("status").asText()).isEqualTo("completed");
    assertThat(done.json().get("completed_at").isNull()).isFalse();
    assertThat(done.json().get("title").asText()).isEqualTo("Book table");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(tenant.get(base + "/" + taskId).status()).isEqualTo(404);
    assertThat(tenant.delete(base + "/" + taskId).status()).isEqualTo(404);
    assertThat(tenant.get(base).json()).hasSize(1);
  }

  @Test
  void a_task_is_only_found_under_its_own_project() {
    String first = project("First");
    String second = project("Second");
    String task = tenant.create("/api/v1/projects/" + first + "/tasks", json("title", "T"));

    assertThat(tenant.get("/api/v1/projects/" + second + "/tasks/" + task).status()).isEqualTo(404);
    assertThat(
            tenant
                .put("/api/v1/projects/" + second + "/tasks/" + task, json("title", "X"))
                .status())
        .isEqualTo(404);
    assertThat(tenant.get("/api/v1/projects/" + first + "/tasks/" + task).status()).isEqualTo(200);
  }

  @Test
  void bad_task_input_and_unknown_projects_are_named() {
    String id = project("P");

    ApiServer.Response invalid =
        tenant.post(
            "/api/v1/projects/" + id + "/tasks",
            json("title", "", "status", "new", "position", "first", "org_id", "x"));
    ApiServer.Response missingProject =
        tenant.post(
            "/api/v1/projects/0b7c2b8e-0000-4000-8000-000000000000/tasks", json("title", "T"));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errorFields()).containsExactlyInAnyOrder("status", "position", "org_id");
    assertThat(missingProject.status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/projects/0b7c2b8e-0000-4000-8000-000000000000/tasks").status())
        .isEqualTo(404);
  }

  @Test
  void other_organizations_and_analysts_cannot_touch_projects() {
    String id = project("Private");
    ApiServer.Tenant other = ApiServer.newTenant();

    assertThat(other.get("/api/v1/projects/" + id).status()).isEqualTo(404);
    assertThat(other.get("/api/v1/projects/" + id + "/tasks").status()).isEqualTo(404);
    assertThat(other.get("/api/v1/projects").json()).isEmpty();
    assertThat(other.create("/api/v1/persons", json("full_name", "X", "person_type", "client")))
        .isNotBlank();
    assertThat(other.post("/api/v1/projects", json("person_id", sarah, "title", "Steal")).status())
        .isEqualTo(400);
    assertThat(tenant.asAnalyst("PUT", "/api/v1/projects/" + id, json("title", "X")).status())
        .isEqualTo(403);
    assertThat(
            tenant
                .asAnalyst("POST", "/api/v1/projects/" + id + "/tasks", json("title", "X"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void a_deleted_project_and_its_tasks_are_gone_for_every_read_and_the_delete_is_audited() {
    String id = project("Cancelled gala");
    String kept = project("Kept");
    String base = "/api/v1/projects/" + id;
    String task = tenant.create(base + "/tasks", json("title", "Order flowers"));

    ApiServer.Response analyst = tenant.asAnalyst("DELETE", base, null);
    ApiServer.Response deleted = tenant.delete(base);

    assertThat(analyst.status()).isEqualTo(403);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(tenant.get(base).status()).isEqualTo(404);
    assertThat(tenant.get(base + "/tasks").status()).isEqualTo(404);
    assertThat(tenant.get(base + "/tasks/" + task).status()).isEqualTo(404);
    assertThat(tenant.put(base, json("title", "Back")).status()).isEqualTo(404);
    assertThat(tenant.post(base + "/tasks", json("title", "More")).status()).isEqualTo(404);
    assertThat(tenant.delete(base).status()).isEqualTo(404);
    assertThat(tenant.get("/api/v1/projects").json())
        .extracting(p -> p.get("project_id").asText())
        .containsExactly(kept);
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/dashboard").json().toString())
        .doesNotContain(id);
    assertThat(tenant.asAdmin("GET", "/api/v1/audit-log?entity_id=" + id, null).json())
        .extracting(e -> e.get("action").asText())
        .containsExactly("delete", "create");
    assertThat(ApiServer.newTenant().delete("/api/v1/projects/" + kept).status()).isEqualTo(404);
  }
}
