package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;

import dev.concierge.core.agents.runs.RunOrigin;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.testing.TestRuns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant holding one of everything the API manages, planted through the API itself (a run of the
 * assistant through the run log the chat writes to): what hostile requests aim at (their own rows,
 * another organization's rows) and what valid bodies refer to.
 */
record SeededTenant(ApiServer.Tenant tenant, Map<String, String> ids) {
  /** The catalogue collections of the API and the resource kind of each. */
  static final List<String> CATALOGUE = List.of("vendors", "venues", "restaurants", "products");

  /** The password of the tenant's staff account. */
  static final String PASSWORD = "the seeded staff passphrase";

  static SeededTenant plant() {
    ApiServer.Tenant tenant = ApiServer.newTenant();
    Map<String, String> ids = new HashMap<>();
    String person =
        tenant.create(
            "/api/v1/persons",
            json(
                "full_name",
                "Sarah Chen",
                "person_type",
                "client",
                "timezone",
                "America/New_York",
                "metadata_jsonb",
                Map.of("vip", true)));
    ids.put("person", person);
    String email = "staff@" + tenant.orgId() + ".example.com";
    ids.put("account_email", email);
    ids.put(
        "account",
        admin(
            tenant,
            "/api/v1/accounts",
            json(
                "email",
                email,
                "display_name",
                "Seeded Staff",
                "role",
                "concierge",
                "password",
                PASSWORD)));
    ids.put(
        "family",
        tenant.create(
            "/api/v1/persons", json("full_name", "Daniel Chen", "person_type", "family_member")));
    ids.put(
        "comm_identity",
        tenant.create(
            "/api/v1/persons/" + person + "/comm-identities",
            json("channel_type", "email", "identity_value", "sarah@example.com")));
    ids.put(
        "relationship",
        tenant.create(
            "/api/v1/persons/" + person + "/relationships",
            json("related_person_id", ids.get("family"), "relation", "spouse")));
    ids.put(
        "category",
        admin(
            tenant, "/api/v1/date-categories", json("category_name", "Anniversary", "icon", "💍")));
    ApiServer.Response item =
        tenant.post(
            "/api/v1/date-items",
            json(
                "person_id",
                person,
                "related_person_id",
                ids.get("family"),
                "category_id",
                ids.get("category"),
                "title",
                "Wedding anniversary",
                "date_value",
                "2012-06-16",
                "recurrence_rule",
                "FREQ=YEARLY",
                "reminder_rules",
                List.of(
                    Map.of("reminder_type", "lead_time", "lead_time_days", 14),
                    Map.of(
                        "reminder_type",
                        "lead_time",
                        "lead_time_days",
                        2,
                        "channel_type",
                        "email",
                        "comm_identity_id",
                        ids.get("comm_identity")))));
    if (item.status() != 201) {
      throw new AssertionError(item.toString());
    }
    ids.put("date_item", item.id());
    ids.put(
        "lead_time_reminder",
        item.json().get("reminder_rules").get(0).get("reminder_rule_id").asText());
    ids.put(
        "reminder",
        tenant.create(
            "/api/v1/reminders",
            json(
                "person_id",
                person,
                "reminder_type",
                "scheduled",
                "scheduled_datetime",
                "2026-03-01T09:00:00-05:00",
                "metadata_jsonb",
                Map.of("action", "Book the table"))));
    ids.put(
        "project",
        tenant.create(
            "/api/v1/projects", json("person_id", person, "title", "Anniversary dinner")));
    ids.put(
        "other_project",
        tenant.create("/api/v1/projects", json("person_id", person, "title", "Spring trip")));
    ids.put(
        "task",
        tenant.create(
            "/api/v1/projects/" + ids.get("project") + "/tasks",
            json("title", "Shortlist venues")));
    ids.put(
        "conversation",
        tenant.create(
            "/api/v1/conversations",
            json("person_id", person, "channel_type", "email", "subject", "Anniversary")));
    ids.put(
        "message",
        tenant.create(
            "/api/v1/conversations/" + ids.get("conversation") + "/messages",
            json(
                "direction", "inbound", "sender_type", "client", "content", "I'm vegetarian now")));
    ids.put(
        "preference",
        tenant.create(
            "/api/v1/persons/" + person + "/preferences",
            json(
                "category",
                "food",
                "statement",
                "Vegetarian",
                "source",
                "agent",
                "source_message_id",
                ids.get("message"))));
    for (String collection : CATALOGUE) {
      ids.put(
          collection,
          admin(
              tenant,
              "/api/v1/" + collection,
              json("name", "The " + collection, "city", "New York", "tags", List.of("fuzz"))));
    }
    ids.put(
        "recommendation",
        tenant.create(
            "/api/v1/persons/" + person + "/recommendations",
            json("resource_id", ids.get("venues"), "project_id", ids.get("project"))));
    ids.put(
        "api_key",
        admin(tenant, "/api/v1/api-keys", json("name", "planted key", "role", "analyst")));
    String action = UUID.randomUUID().toString();
    ids.put("action", action);
    ids.put(
        "run",
        ApiServer.logRun(
                tenant.conciergeKey(),
                new RunOrigin(
                    RunSource.API,
                    UUID.fromString(person),
                    UUID.fromString(ids.get("conversation")),
                    "Forget the anniversary"),
                TestRuns.withOneOfEachStep(
                    ApiServer.NOW,
                    UUID.fromString(person),
                    UUID.fromString(ids.get("date_item")),
                    UUID.fromString(action)))
            .runId()
            .toString());
    // an organization's agents are there once its roster is first read, as in a used one
    if (tenant.get("/api/v1/agents").status() != 200) {
      throw new AssertionError("the roster cannot be read");
    }
    ids.put("unknown_contact", unknownContact(tenant));
    ApiServer.Response feed = tenant.post("/api/v1/calendar-feeds", json("person_id", person));
    ids.put("calendar_feed", feed.id());
    String url = feed.json().get("url").asText();
    ids.put("feed_secret", url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length()));
    return new SeededTenant(tenant, Map.copyOf(ids));
  }

  /**
   * Someone who wrote to the tenant's Slack workspace from an account no person has, as the front
   * desk notes them (only Slack's events make unknown contacts).
   */
  private static String unknownContact(ApiServer.Tenant tenant) {
    String workspace = "T" + tenant.orgId();
    ApiServer.Response settled =
        tenant.asAdmin(
            "PUT",
            "/api/v1/organization",
            json("settings_jsonb", Map.of("slack_team_id", workspace)));
    if (settled.status() != 200) {
      throw new AssertionError(settled.toString());
    }
    ApiServer.writeInSlack(workspace, "U" + UUID.randomUUID(), "Hello, is this the concierge?");
    return tenant.get("/api/v1/unknown-contacts").json().get(0).get("unknown_contact_id").asText();
  }

  private static String admin(ApiServer.Tenant tenant, String path, String body) {
    ApiServer.Response created = tenant.asAdmin("POST", path, body);
    if (created.status() != 201) {
      throw new AssertionError(created.toString());
    }
    return created.id();
  }

  String id(String name) {
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalArgumentException("nothing planted as " + name);
    }
    return id;
  }

  /** This tenant's row for a path parameter of {@code template}. */
  String pathId(String template, String parameter) {
    return switch (parameter) {
      case "person_id" -> id("person");
      case "category_id" -> id("category");
      case "project_id" -> id("project");
      case "task_id" -> id("task");
      case "conversation_id" -> id("conversation");
      case "message_id" -> id("message");
      case "comm_identity_id" -> id("comm_identity");
      case "relationship_id" -> id("relationship");
      case "preference_id" -> id("preference");
      case "date_item_id" -> id("date_item");
      case "reminder_rule_id" -> id("reminder");
      case "recommendation_id" -> id("recommendation");
      case "api_key_id" -> id("api_key");
      case "account_id" -> id("account");
      case "run_id" -> id("run");
      case "unknown_contact_id" -> id("unknown_contact");
      case "action_id" -> id("action");
      case "feed_id" -> id("calendar_feed");
      case "feed_secret" -> id("feed_secret");
      case "resource_id" -> id(template.split("/")[3]);
      // an agent is named, the same in every organization
      case "name" -> "retrieval";
      default -> throw new IllegalArgumentException("no planted row for " + parameter);
    };
  }

  /**
   * A row of this tenant that exists but is not the parent of the path's other rows: the person
   * whose comm identity it is not, the project whose task it is not.
   */
  String wrongParentId(String parameter) {
    return switch (parameter) {
      case "person_id" -> id("family");
      case "project_id" -> id("other_project");
      default -> null;
    };
  }

  /** This tenant's row a UUID field of a body refers to. */
  String referenceId(String field) {
    return switch (field) {
      case "person_id", "sender_person_id" -> id("person");
      case "related_person_id" -> id("family");
      case "category_id" -> id("category");
      case "project_id" -> id("project");
      case "resource_id" -> id("venues");
      case "comm_identity_id" -> id("comm_identity");
      case "date_item_id" -> id("date_item");
      case "assigned_to_account_id" -> id("account");
      case "source_message_id" -> id("message");
      case "conversation_id" -> id("conversation");
      default -> null;
    };
  }
}
