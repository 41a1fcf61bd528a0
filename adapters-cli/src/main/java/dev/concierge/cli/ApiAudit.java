package dev.concierge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.core.errors.UnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercises every route of the API against a running server over real HTTP, with throw-away data it
 * creates and then deletes again (in reverse order). Each check asserts the status and a few
 * essentials of the answer: an id and a {@code Location} on create, {@code X-Total-Count} on lists,
 * {@code application/problem+json} on failures.
 *
 * <p>What the API cannot delete stays, named with an {@code audit-} prefix: the project (with its
 * task list), the conversation and its message. Persons, identities, date items, reminders and
 * catalogue entries and the staff account are soft-deleted, so their rows stay in the database but
 * leave the API. Every write the audit makes is in the audit log like any other, under the key it
 * runs with.
 */
final class ApiAudit {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
  private static final String UUID_TEXT =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String UNKNOWN_ID = "00000000-0000-4000-8000-00000000a0d1";
  private static final List<String> CATALOGUE =
      List.of("vendors", "venues", "restaurants", "products");

  /**
   * One call and its verdict. {@code status} is 0 when no answer came (or the call was not run).
   */
  record Check(String method, String path, String route, int status, boolean ok, String failure) {
    String operation() {
      return method + " " + route;
    }
  }

  /** The answer to one call, with the assertions the checks make on it. */
  static final class Reply {
    final int status;
    final HttpResponse<String> response;
    private JsonNode json;

    Reply(HttpResponse<String> response) {
      this.status = response.statusCode();
      this.response = response;
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      if (json == null) {
        try {
          json = JSON.readTree(response.body());
        } catch (IOException e) {
          throw new Failure("the body is not JSON");
        }
      }
      return json;
    }

    String text(String field) {
      JsonNode value = json().get(field);
      if (value == null || value.isNull()) {
        throw new Failure("no " + field + " in the body");
      }
      return value.asText();
    }

    Reply expectField(String field, String expected) {
      String actual = text(field);
      if (!actual.equals(expected)) {
        throw new Failure(field + " is " + actual + ", expected " + expected);
      }
      return this;
    }

    Reply expectTotal(int atLeast) {
      String total = header("X-Total-Count");
      if (total == null || !total.matches("\\d+")) {
        throw new Failure("no X-Total-Count");
      }
      if (!json().isArray()) {
        throw new Failure("the body is not an array");
      }
      if (Integer.parseInt(total) < atLeast) {
        throw new Failure("X-Total-Count is " + total + ", expected at least " + atLeast);
      }
      return this;
    }

    Reply expectErrorOn(String field) {
      List<String> fields = new ArrayList<>();
      json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
      if (!fields.contains(field)) {
        throw new Failure("errors name " + fields + ", not " + field);
      }
      return this;
    }
  }

  /** An assertion on an answer that did not hold. */
  static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** An assertion to make on an answer. */
  interface Essential {
    void verify(Reply reply);
  }

  private final HttpClient client;
  private final String base;
  private final String apiKey;
  private final String tag;
  private final List<Check> checks = new ArrayList<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Deque<Runnable> cleanup = new ArrayDeque<>();
  private final Map<String, String> leftBehind = new LinkedHashMap<>();

  ApiAudit(URI baseUrl, String apiKey) {
    this.base = baseUrl.toString().replaceAll("/+$", "");
    this.apiKey = apiKey;
    this.tag =
        "audit-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36).substring(0, 8);
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The checks in the order they ran. */
  List<Check> checks() {
    return List.copyOf(checks);
  }

  /** "METHOD /route/{template}" of every operation called. */
  Set<String> exercisedOperations() {
    Set<String> operations = new TreeSet<>();
    checks.forEach(check -> operations.add(check.operation()));
    return operations;
  }

  /** What the audit created and could not delete, by kind: named with its prefix. */
  Map<String, String> leftBehind() {
    return Map.copyOf(leftBehind);
  }

  String tag() {
    return tag;
  }

  /**
   * Runs every check, then deletes what it created.
   *
   * @throws UnavailableException when the server cannot be reached at all
   */
  List<Check> run() {
    reachServer();
    try {
      authentication();
      apiKeys();
      organization();
      accounts();
      catalogueAndCategories();
      persons();
      identities();
      datesAndReminders();
      projects();
      conversations();
      overview();
      recommendations();
      auditLog();
    } finally {
      while (!cleanup.isEmpty()) {
        cleanup.pop().run();
      }
    }
    return checks();
  }

  private void reachServer() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/health"))
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new UnavailableException("cannot reach the API at " + base + ": " + reason, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("interrupted while reaching " + base, e);
    }
    call("GET", "/health").expect(200, r -> r.expectField("status", "ok"));
    call("GET", "/metrics")
        .withoutKey()
        .expect(
            200,
            r -> {
              if (!r.response.body().contains("concierge_reminders_due")) {
                throw new Failure("no concierge_reminders_due in the Prometheus text");
              }
            });
  }

  private void authentication() {
    call("GET", "/api/v1/persons")
        .withoutKey()
        .expect(
            401,
            r -> {
              if (!String.valueOf(r.header("WWW-Authenticate")).startsWith("Bearer")) {
                throw new Failure("no WWW-Authenticate: Bearer challenge");
              }
            });
  }

  /** Reads the organization and writes its name back unchanged: the audit changes nothing here. */
  private void organization() {
    Reply current =
        call("GET", "/api/v1/organization")
            .expect(
                200,
                r -> {
                  if (!r.json().path("default_timezone").isTextual()) {
                    throw new Failure("no default_timezone");
                  }
                });
    if (current != null) {
      String name = current.json().path("name").asText();
      call("PUT", "/api/v1/organization")
          .body("name", name)
          .expect(200, r -> r.expectField("name", name));
    }
  }

  private void apiKeys() {
    String keys = "/api/v1/api-keys";
    Reply issued =
        call("POST", keys)
            .body("name", tag + "-key", "role", "analyst")
            .expect(
                201,
                r -> {
                  r.expectField("role", "analyst");
                  if (!r.json().path("key").asText().startsWith("ck_")) {
                    throw new Failure("an issued key is shown once, in its answer");
                  }
                });
    created(issued, "api_key_id", keys + "/{api_key_id}");
    call("GET", keys + "/{api_key_id}")
        .expect(
            200,
            r -> {
              r.expectField("api_key_id", ids.get("api_key_id"));
              if (r.json().has("key")) {
                throw new Failure("a key read back shows its secret");
              }
            });
    call("GET", keys)
        .query("limit=500")
        .expect(
            200,
            r -> {
              if (r.response.body().contains("\"key\"") || r.response.body().contains("hash")) {
                throw new Failure("a listed key shows its secret");
              }
            });
  }

  /** Staff accounts, and one of them signing in and using its token. */
  private void accounts() {
    String accounts = "/api/v1/accounts";
    String email = tag + "@example.invalid";
    String password = tag + "-passphrase";
    Reply account =
        call("POST", accounts)
            .body(
                "email",
                email,
                "display_name",
                tag + "-staff",
                "role",
                "concierge",
                "password",
                password)
            .expect(
                201,
                r -> {
                  r.expectField("email", email);
                  if (r.json().has("password_hash") || r.json().has("password")) {
                    throw new Failure("the account shows its password");
                  }
                });
    createdThenGone(account, "account_id", accounts + "/{account_id}");
    call("POST", accounts)
        .body(
            "email",
            email.toUpperCase(java.util.Locale.ROOT),
            "display_name",
            tag + "-duplicate",
            "role",
            "analyst",
            "password",
            password)
        .expect(409);
    call("POST", accounts)
        .body(
            "email",
            tag + "-weak@example.invalid",
            "display_name",
            tag + "-weak",
            "role",
            "analyst",
            "password",
            "short")
        .expect(400, r -> r.expectErrorOn("password"));
    call("GET", accounts).expect(200, r -> r.expectTotal(1));
    call("GET", accounts + "/{account_id}")
        .expect(200, r -> r.expectField("account_id", ids.get("account_id")));
    call("PUT", accounts + "/{account_id}")
        .body("display_name", tag + "-renamed")
        .expect(200, r -> r.expectField("display_name", tag + "-renamed"));

    String login = "/api/v1/auth/login";
    Reply signedIn =
        call("POST", login)
            .withoutKey()
            .body("email", email, "password", password)
            .expect(
                200,
                r -> {
                  r.expectField("token_type", "Bearer");
                  r.text("access_token");
                });
    call("POST", login)
        .withoutKey()
        .body("email", email, "password", "not " + password)
        .expect(401);
    if (signedIn != null) {
      String token = signedIn.text("access_token");
      call("GET", "/api/v1/persons").withToken(token).expect(200, r -> r.expectTotal(0));
      // a concierge's token: accounts are for admins
      call("GET", accounts).withToken(token).expect(403);
    }
  }

  private void catalogueAndCategories() {
    String categories = "/api/v1/date-categories";
    Reply category =
        call("POST", categories)
            .body("category_name", tag + "-category", "icon", "🧪", "color", "#123456")
            .expect(201, r -> r.expectField("category_name", tag + "-category"));
    created(category, "category_id", categories + "/{category_id}");
    call("POST", categories).body("category_name", tag + "-category").expect(409);
    call("GET", categories).query("limit=500").expect(200, r -> r.expectTotal(1));
    call("GET", categories + "/{category_id}")
        .expect(200, r -> r.expectField("category_id", ids.get("category_id")));
    call("PUT", categories + "/{category_id}")
        .body("color", "#654321")
        .expect(200, r -> r.expectField("color", "#654321"));

    for (String collection : CATALOGUE) {
      String route = "/api/v1/" + collection;
      String one = route + "/{resource_id}";
      // one id per collection, all filling the documented {resource_id}
      String idName = collection.substring(0, collection.length() - 1) + "_id";
      Reply entry =
          call("POST", route)
              .body(
                  "name",
                  tag + "-" + collection,
                  "city",
                  "Audit City",
                  "tags",
                  List.of("audit"),
                  "is_vetted",
                  true)
              .expect(201, r -> r.expectField("name", tag + "-" + collection));
      if (remember(entry, "resource_id", idName)) {
        String id = ids.get(idName);
        deleteLater(() -> call("GET", one).with("resource_id", id).expect(404));
        deleteLater(() -> call("DELETE", one).with("resource_id", id).expect(204));
      }
      call("GET", route).query("q=" + tag).expect(200, r -> r.expectTotal(1));
      call("GET", one)
          .with("resource_id", ids.get(idName))
          .expect(200, r -> r.expectField("resource_id", ids.get(idName)));
      call("PUT", one)
          .with("resource_id", ids.get(idName))
          .body("rating", 4.5)
          .expect(200, r -> r.expectField("rating", "4.5"));
    }
  }

  private void persons() {
    String persons = "/api/v1/persons";
    Reply person =
        call("POST", persons)
            .body(
                "full_name",
                tag + "-client",
                "person_type",
                "client",
                "timezone",
                "Europe/London",
                "metadata_jsonb",
                Map.of("source", "concierge-admin audit"))
            .expect(201, r -> r.expectField("timezone", "Europe/London"));
    createdThenGone(person, "person_id", persons + "/{person_id}");
    call("POST", persons)
        .body("full_name", 42, "person_type", "client")
        .expect(400, r -> r.expectErrorOn("full_name"));
    call("GET", persons).query("person_type=client").expect(200, r -> r.expectTotal(1));
    call("GET", persons).query("limit=0").expect(400, r -> r.expectErrorOn("limit"));
    call("GET", persons).query("bogus=1").expect(400, r -> r.expectErrorOn("bogus"));
    call("GET", persons + "/{person_id}")
        .expect(200, r -> r.expectField("person_id", ids.get("person_id")));
    call("GET", persons + "/{person_id}").with("person_id", UNKNOWN_ID).expect(404);
    call("GET", persons + "/{person_id}")
        .with("person_id", "not-a-uuid")
        .expect(400, r -> r.expectErrorOn("person_id"));
    call("PUT", persons + "/{person_id}")
        .body("preferred_name", "Audit")
        .expect(200, r -> r.expectField("preferred_name", "Audit"));
  }

  private void identities() {
    String route = "/api/v1/persons/{person_id}/comm-identities";
    String address = tag + "@example.invalid";
    Reply identity =
        call("POST", route)
            .body("channel_type", "email", "identity_value", address, "is_primary", true)
            .expect(201, r -> r.expectField("identity_value", address));
    created(identity, "comm_identity_id", route + "/{comm_identity_id}");
    call("POST", route).body("channel_type", "email", "identity_value", address).expect(409);
    call("GET", route).expect(200, r -> r.expectTotal(1));
    call("GET", route + "/{comm_identity_id}")
        .expect(200, r -> r.expectField("comm_identity_id", ids.get("comm_identity_id")));
    call("PUT", route + "/{comm_identity_id}")
        .body("is_verified", true)
        .expect(200, r -> r.expectField("is_verified", "true"));
  }

  private void datesAndReminders() {
    String dateItems = "/api/v1/date-items";
    LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    Reply item =
        call("POST", dateItems)
            .body(
                "person_id",
                ids.get("person_id"),
                "title",
                tag + "-anniversary",
                "date_value",
                soon.minusYears(5).toString(),
                "recurrence_rule",
                "FREQ=YEARLY",
                "reminder_rules",
                List.of(
                    Map.of(
                        "reminder_type",
                        "lead_time",
                        "lead_time_days",
                        7,
                        "channel_type",
                        "email")))
            .expect(
                201,
                r -> {
                  r.text("next_occurrence");
                  if (r.json().path("reminder_rules").size() != 1) {
                    throw new Failure("expected one reminder rule");
                  }
                });
    createdThenGone(item, "date_item_id", dateItems + "/{date_item_id}");
    call("POST", dateItems)
        .body(
            "person_id",
            ids.get("person_id"),
            "title",
            tag + "-bad-rule",
            "date_value",
            soon.toString(),
            "recurrence_rule",
            "FREQ=FORTNIGHTLY")
        .expect(400, r -> r.expectErrorOn("recurrence_rule"));
    call("GET", "/api/v1/persons/{person_id}/date-items")
        .query("upcoming_only=true")
        .expect(200, r -> r.expectTotal(1));
    call("GET", dateItems + "/{date_item_id}")
        .expect(200, r -> r.expectField("date_item_id", ids.get("date_item_id")));
    call("PUT", dateItems + "/{date_item_id}")
        .body("notes", "checked by the audit")
        .expect(200, r -> r.expectField("notes", "checked by the audit"));
    call("GET", dateItems + "/{date_item_id}/reminders").expect(200, r -> r.expectTotal(1));

    String reminders = "/api/v1/reminders";
    String at =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.SECONDS).toString();
    Reply reminder =
        call("POST", reminders)
            .body(
                "reminder_type",
                "scheduled",
                "person_id",
                ids.get("person_id"),
                "scheduled_datetime",
                at,
                "channel_type",
                "email",
                "metadata_jsonb",
                Map.of("note", tag))
            .expect(201, r -> r.expectField("reminder_type", "scheduled"));
    created(reminder, "reminder_rule_id", reminders + "/{reminder_rule_id}");
    call("GET", reminders)
        .query("person_id=" + ids.get("person_id") + "&status_filter=pending")
        .expect(200, r -> r.expectTotal(2));
    call("GET", reminders + "/{reminder_rule_id}")
        .expect(200, r -> r.expectField("reminder_rule_id", ids.get("reminder_rule_id")));
    call("PUT", reminders + "/{reminder_rule_id}")
        .body("metadata_jsonb", Map.of("note", tag + "-changed"))
        .expect(200, r -> r.expectField("reminder_rule_id", ids.get("reminder_rule_id")));
    call("GET", reminders + "/{reminder_rule_id}/history").expect(200, r -> r.expectTotal(0));
    // a pending reminder has nothing to retry: the API says so with a 409
    call("POST", reminders + "/{reminder_rule_id}/retry").expect(409);
  }

  private void projects() {
    String projects = "/api/v1/projects";
    Reply project =
        call("POST", projects)
            .body(
                "person_id",
                ids.get("person_id"),
                "title",
                tag + "-project",
                "status",
                "new",
                "priority",
                3)
            .expect(201, r -> r.expectField("title", tag + "-project"));
    created(project, "project_id", null);
    leftBehind.put("project", tag + "-project");
    call("GET", projects)
        .query("person_id=" + ids.get("person_id"))
        .expect(200, r -> r.expectTotal(1));
    call("GET", projects + "/{project_id}")
        .expect(200, r -> r.expectField("project_id", ids.get("project_id")));
    call("PUT", projects + "/{project_id}")
        .body("status", "in_progress")
        .expect(200, r -> r.expectField("status", "in_progress"));

    String tasks = projects + "/{project_id}/tasks";
    Reply task =
        call("POST", tasks)
            .body("title", tag + "-task", "status", "pending")
            .expect(201, r -> r.expectField("status", "pending"));
    created(task, "task_id", tasks + "/{task_id}");
    call("GET", tasks).expect(200, r -> r.expectTotal(1));
    call("GET", tasks + "/{task_id}")
        .expect(200, r -> r.expectField("task_id", ids.get("task_id")));
    call("PUT", tasks + "/{task_id}")
        .body("status", "completed")
        .expect(200, r -> r.expectField("status", "completed"));
  }

  private void conversations() {
    String conversations = "/api/v1/conversations";
    Reply conversation =
        call("POST", conversations)
            .body(
                "person_id",
                ids.get("person_id"),
                "channel_type",
                "email",
                "subject",
                tag + "-conversation")
            .expect(201, r -> r.expectField("subject", tag + "-conversation"));
    created(conversation, "conversation_id", null);
    leftBehind.put("conversation", tag + "-conversation");
    call("GET", conversations)
        .query("person_id=" + ids.get("person_id"))
        .expect(200, r -> r.expectTotal(1));
    call("GET", conversations + "/{conversation_id}")
        .expect(200, r -> r.expectField("conversation_id", ids.get("conversation_id")));
    String messages = conversations + "/{conversation_id}/messages";
    Reply message =
        call("POST", messages)
            .body("direction", "inbound", "sender_type", "client", "content", tag + "-message")
            .expect(201, r -> r.expectField("content", tag + "-message"));
    created(message, "message_id", null);
    leftBehind.put("message", tag + "-message");
    call("GET", messages).expect(200, r -> r.expectTotal(1));
  }

  private void overview() {
    String person = "/api/v1/persons/{person_id}";
    call("GET", person + "/dashboard")
        .expect(
            200,
            r -> {
              if (!ids.get("person_id")
                  .equals(r.json().path("person").path("person_id").asText())) {
                throw new Failure("the dashboard is not the person's");
              }
              if (r.json().path("upcoming_dates").isEmpty()) {
                throw new Failure("no upcoming_dates");
              }
            });
    call("GET", person + "/upcoming").query("days_ahead=30").expect(200, r -> r.expectTotal(1));
    call("GET", person + "/upcoming")
        .query("days_ahead=400")
        .expect(400, r -> r.expectErrorOn("days_ahead"));
    call("GET", person + "/activity").expect(200, r -> r.expectTotal(1));
  }

  private void recommendations() {
    String route = "/api/v1/persons/{person_id}/recommendations";
    Reply recommendation =
        call("POST", route)
            .body(
                "resource_id",
                ids.get("venue_id"),
                "project_id",
                ids.get("project_id"),
                "notes",
                tag,
                "status",
                "suggested")
            .expect(201, r -> r.expectField("venue_name", tag + "-venues"));
    created(recommendation, "recommendation_id", "/api/v1/recommendations/{recommendation_id}");
    call("GET", route).expect(200, r -> r.expectTotal(1));
    String one = "/api/v1/recommendations/{recommendation_id}";
    call("GET", one)
        .expect(200, r -> r.expectField("recommendation_id", ids.get("recommendation_id")));
    call("PUT", one)
        .body("status", "accepted")
        .expect(200, r -> r.expectField("status", "accepted"));
  }

  private void auditLog() {
    String route = "/api/v1/audit-log";
    call("GET", route)
        .query("entity_type=person&entity_id=" + ids.get("person_id"))
        .expect(
            200,
            r -> {
              r.expectTotal(2);
              JsonNode newest = r.json().path(0);
              if (!newest.path("action").asText().equals("update")
                  || !newest
                      .path("changes_jsonb")
                      .path("fields")
                      .toString()
                      .contains("preferred_name")) {
                throw new Failure("the newest entry is not the person's update of preferred_name");
              }
              if (newest.path("request_id").asText("").isEmpty()) {
                throw new Failure("the entry has no request_id");
              }
            });
    call("GET", route).query("since=yesterday").expect(400, r -> r.expectErrorOn("since"));
  }

  /**
   * Keeps the new id and plans its deletion through {@code deleteRoute} (null when the API has no
   * delete for it).
   */
  private void created(Reply reply, String idField, String deleteRoute) {
    if (remember(reply, idField, idField) && deleteRoute != null) {
      deleteLater(() -> call("DELETE", deleteRoute).expect(204));
    }
  }

  /** The same, and afterwards checks that the deleted id is gone (404). */
  private void createdThenGone(Reply reply, String idField, String route) {
    if (remember(reply, idField, idField)) {
      deleteLater(() -> call("GET", route).expect(404));
      deleteLater(() -> call("DELETE", route).expect(204));
    }
  }

  private boolean remember(Reply reply, String idField, String idName) {
    if (reply == null) {
      return false;
    }
    ids.put(idName, reply.json().path(idField).asText());
    return true;
  }

  /** Cleanup runs last, in the reverse order of these calls. */
  private void deleteLater(Runnable check) {
    cleanup.push(check);
  }

  private Call call(String method, String route) {
    return new Call(method, route);
  }

  /** One call to make: its route template, the values of its placeholders, query and body. */
  private final class Call {
    private final String method;
    private final String route;
    private final Map<String, String> overrides = new HashMap<>();
    private String query;
    private String body;
    private boolean authenticated = true;
    private String token;

    Call(String method, String route) {
      this.method = method;
      this.route = route;
    }

    Call with(String placeholder, String value) {
      overrides.put(placeholder, value);
      return this;
    }

    Call query(String query) {
      this.query = query;
      return this;
    }

    Call body(Object... fieldsAndValues) {
      ObjectNode node = JSON.createObjectNode();
      for (int i = 0; i < fieldsAndValues.length; i += 2) {
        node.set((String) fieldsAndValues[i], JSON.valueToTree(fieldsAndValues[i + 1]));
      }
      this.body = node.toString();
      return this;
    }

    Call withoutKey() {
      authenticated = false;
      return this;
    }

    /** Authenticates with a signed-in account's access token instead of the key. */
    Call withToken(String accessToken) {
      token = accessToken;
      return this;
    }

    /**
     * Makes the call and records whether it answered {@code status} with the essentials.
     *
     * @return the answer when the check passed, else null
     */
    Reply expect(int status, Essential... essentials) {
      String shown = route + (query == null ? "" : "?" + abbreviate(query));
      StringBuilder path = new StringBuilder();
      Matcher placeholder = PLACEHOLDER.matcher(route);
      while (placeholder.find()) {
        String name = placeholder.group(1);
        String value = overrides.getOrDefault(name, ids.get(name));
        if (value == null) {
          checks.add(new Check(method, shown, route, 0, false, "not run: no " + name));
          return null;
        }
        if (value.equals(UNKNOWN_ID)) {
          shown = shown.replace("{" + name + "}", "{unknown}");
        } else if (!value.matches(UUID_TEXT)) {
          shown = shown.replace("{" + name + "}", value);
        }
        placeholder.appendReplacement(path, Matcher.quoteReplacement(value));
      }
      placeholder.appendTail(path);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path + (query == null ? "" : "?" + query)))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (authenticated && route.startsWith("/api/")) {
        request.header("Authorization", "Bearer " + (token == null ? apiKey : token));
      }
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      Reply reply;
      try {
        reply = new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        checks.add(new Check(method, shown, route, 0, false, "no answer: " + e.getMessage()));
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        checks.add(new Check(method, shown, route, 0, false, "interrupted"));
        return null;
      }
      try {
        verify(reply, status, essentials);
        checks.add(new Check(method, shown, route, reply.status, true, null));
        return reply;
      } catch (Failure e) {
        checks.add(new Check(method, shown, route, reply.status, false, e.getMessage()));
        return null;
      }
    }

    private void verify(Reply reply, int status, Essential... essentials) {
      if (reply.status != status) {
        String detail = reply.status >= 400 ? ": " + reply.json().path("detail").asText("") : "";
        throw new Failure("expected " + status + detail);
      }
      if (reply.header("X-Request-Id") == null) {
        throw new Failure("no X-Request-Id");
      }
      if (status >= 400) {
        String type = String.valueOf(reply.header("Content-Type"));
        if (!type.startsWith("application/problem+json")) {
          throw new Failure("a problem must be application/problem+json, not " + type);
        }
        if (reply.json().path("status").asInt() != status || !reply.json().has("title")) {
          throw new Failure("the problem lacks its status or title");
        }
      }
      if (status == 201) {
        String location = reply.header("Location");
        String id = firstId(reply.json());
        // a message has no URL of its own: its Location is the conversation's message list
        boolean located =
            location != null
                && (location.endsWith("/" + id)
                    || location.endsWith(reply.response.uri().getPath()));
        if (id == null || !located) {
          throw new Failure("a create needs its id and a Location");
        }
      }
      for (Essential essential : essentials) {
        essential.verify(reply);
      }
    }
  }

  /** The value of the first field named {@code …_id} other than org_id. */
  private static String firstId(JsonNode body) {
    var fields = body.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (field.getKey().endsWith("_id") && !field.getKey().equals("org_id")) {
        return field.getValue().asText();
      }
    }
    return null;
  }

  /** A query with its UUIDs shown as their parameter's placeholder. */
  private static String abbreviate(String query) {
    return query.replaceAll("([a-z_]+)=" + UUID_TEXT, "$1={$1}");
  }
}
