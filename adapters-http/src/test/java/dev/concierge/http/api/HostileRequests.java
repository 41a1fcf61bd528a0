package dev.concierge.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Generates requests from the OpenAPI document: {@link #hostile} ones, each with at least one
 * defect that must get it refused whatever else it holds, and {@link #probe} ones, valid but for
 * one boundary value that the server may accept or refuse but must survive.
 */
final class HostileRequests {
  static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final String WEBHOOKS = "/api/v1/webhooks/";
  private static final String REMINDER_LINKS = "/r/";
  private static final String MY_DIGEST = "/api/v1/accounts/me/digest";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One operation of the document, with its body schema's properties resolved.
   *
   * @param open whether it needs no credential (its security is empty): sign-in
   */
  record Operation(
      String method,
      String template,
      List<String> pathParameters,
      List<JsonNode> queryParameters,
      ObjectSchema body,
      boolean open) {
    String key() {
      return method + " " + template;
    }

    boolean writes() {
      return !method.equals("GET");
    }

    boolean underApi() {
      return template.startsWith("/api/v1/");
    }

    /** Only admins may call it, by the server's role table (categories, catalogue, keys...). */
    boolean adminOnly() {
      var roles = ApiServer.rolesByRoute().get(key());
      return roles != null
          && !roles.isEmpty()
          && !roles.contains(dev.concierge.core.access.ApiRole.CONCIERGE);
    }
  }

  /** An object schema: its resolved properties and which of them are required. */
  record ObjectSchema(Map<String, JsonNode> properties, List<String> required) {
    static ObjectSchema of(JsonNode schema) {
      Map<String, JsonNode> properties = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      collect(OpenApiConformance.resolve(schema), properties, required);
      return new ObjectSchema(properties, required);
    }

    private static void collect(
        JsonNode schema, Map<String, JsonNode> properties, List<String> required) {
      for (JsonNode part : schema.path("allOf")) {
        collect(OpenApiConformance.resolve(part), properties, required);
      }
      schema
          .path("properties")
          .properties()
          .forEach(p -> properties.put(p.getKey(), OpenApiConformance.resolve(p.getValue())));
      schema.path("required").forEach(r -> required.add(r.asText()));
    }
  }

  /** A request ready to send; {@code category} names the defect or boundary it carries. */
  record Request(
      String category,
      String method,
      String target,
      Map<String, String> headers,
      byte[] body,
      boolean chunked,
      boolean raw) {
    String describe() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      if (text.length() > 600) {
        text = text.substring(0, 600) + "... (" + body.length + " bytes)";
      }
      String shownTarget = target.length() > 600 ? target.substring(0, 600) + "..." : target;
      return "["
          + category
          + "] "
          + method
          + " "
          + shownTarget
          + " "
          + headers.entrySet().stream()
              .filter(
                  h -> !h.getKey().equals("Authorization") || !h.getValue().startsWith("Bearer "))
              .map(h -> h.getKey() + ": " + h.getValue())
              .toList()
          + (chunked ? " chunked" : "")
          + (raw ? " raw" : "")
          + " "
          + text;
    }
  }

  /** The methods the document gives each path. */
  private static final Map<String, List<String>> METHODS = methods();

  private static Map<String, List<String>> methods() {
    Map<String, List<String>> methods = new HashMap<>();
    for (Operation operation : operations()) {
      methods.computeIfAbsent(operation.template(), t -> new ArrayList<>()).add(operation.method());
    }
    return methods;
  }

  static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    OpenApiConformance.DOCUMENT.path("paths").properties().stream()
        // a provider's signed callback, not a JSON operation: its own tests refuse what is unsigned
        .filter(path -> !path.getKey().startsWith(WEBHOOKS))
        // an email reminder's signed link, answered with a page: ReminderLinksApiTest follows real
        // links and refuses forged and altered tokens
        .filter(path -> !path.getKey().startsWith(REMINDER_LINKS))
        // the signed-in account's own digest: the keys these requests carry have no account (404);
        // DigestApiTest drives it with accounts' tokens, other organizations' ids included
        .filter(path -> !path.getKey().startsWith(MY_DIGEST))
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          List<String> inPath = new ArrayList<>();
                          List<JsonNode> inQuery = new ArrayList<>();
                          for (JsonNode parameter : method.getValue().path("parameters")) {
                            JsonNode resolved = OpenApiConformance.resolve(parameter);
                            if (resolved.path("in").asText().equals("path")) {
                              inPath.add(resolved.path("name").asText());
                            } else {
                              inQuery.add(resolved);
                            }
                          }
                          JsonNode schema =
                              method
                                  .getValue()
                                  .path("requestBody")
                                  .path("content")
                                  .path("application/json")
                                  .path("schema");
                          JsonNode security = method.getValue().path("security");
                          operations.add(
                              new Operation(
                                  method.getKey().toUpperCase(Locale.ROOT),
                                  path.getKey(),
                                  inPath,
                                  inQuery,
                                  schema.isMissingNode() ? null : ObjectSchema.of(schema),
                                  security.isArray() && security.isEmpty()));
                        }));
    return operations;
  }

  // ---------------------------------------------------------------------------------------------
  // Values
  // ---------------------------------------------------------------------------------------------

  /** Path ids that are not UUIDs; each is percent-encoded into its segment. */
  private static final List<String> MALFORMED_IDS =
      List.of(
          "not-a-uuid",
          "123",
          "-1",
          "0",
          "null",
          "undefined",
          " ",
          "00000000-0000-0000-0000-00000000000g",
          "1-1-1-1-1",
          "3f2b8c1e00004000800000000000000a",
          "{3f2b8c1e-0000-4000-8000-00000000000a}",
          "3f2b8c1e-0000-4000-8000-00000000000a0",
          "3f2b8c1e-0000-4000-8000-00000000000",
          " 3f2b8c1e-0000-4000-8000-00000000000a",
          "3f2b8c1e-0000-4000-8000-00000000000a\n",
          "' or 1=1--",
          "1; drop table persons;--",
          "1' union all select null--",
          "%",
          "%00",
          "\u0000",
          "ünïcødé",
          "😀",
          "\uD800",
          "<script>alert(1)</script>",
          "${jndi:ldap://x/a}",
          "99999999999999999999999999999999999",
          "x".repeat(5_000),
          "{person_id}");

  /** Path values that look like navigation; sent unencoded or half-encoded. */
  private static final List<String> TRAVERSALS =
      List.of("..", ".", "../..", "..%2f..", "%2e%2e", "%2E", "..;", "a/../..", "%2F", "");

  private static final List<String> BOUNDARY_STRINGS =
      List.of(
          "\"\"",
          "\"   \"",
          "\"\\t\\n\\r\"",
          "\"" + "x".repeat(10_000) + "\"",
          "\"" + "x".repeat(100_000) + "\"",
          "\"" + "é".repeat(20_000) + "\"",
          "\"" + "😀".repeat(10_000) + "\"",
          "\"\\u0000\"",
          "\"a\\u0000b\"",
          "\"\\u0001\\u001f\\u007f\\u0085\"",
          "\"\\ud800\"",
          "\"\\udc00x\"",
          "\"\\udc00\\ud800\"",
          "\"\\u202eevil\"",
          "\"\\u200b\\ufeff\"",
          "\"e\\u0301" + "\\u0301".repeat(500) + "\"",
          "\"' or 1=1--\"",
          "\"'); drop table persons;--\"",
          "\"1 union all select null--\"",
          "\"${jndi:ldap://x/a}\"",
          "\"%s%n%x%d\"",
          "\"<script>alert(1)</script>\"",
          "\"\\\\\"",
          "\"𝕏\"",
          "\"null\"",
          "\"America/New_York\"");

  private static final List<String> BOUNDARY_NUMBERS =
      List.of(
          "0",
          "-0",
          "-1",
          "1",
          "5",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "1e400",
          "-1e400",
          "1e-400",
          "1.0",
          "1E2",
          "0.5",
          "4.95",
          "-0.0",
          "1" + "0".repeat(900));

  private static final List<String> BOUNDARY_DATES =
      List.of(
          "0000-01-01",
          "0001-01-01",
          "9999-12-31",
          "+10000-01-01",
          "-0001-01-01",
          "+999999999-12-31",
          "2024-02-29",
          "1900-02-28",
          "1970-01-01",
          "2025-10-27",
          "2025-10-28");

  private static final List<String> BOUNDARY_INSTANTS =
      List.of(
          "0001-01-01T00:00:00Z",
          "9999-12-31T23:59:59Z",
          "+10000-01-01T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "2025-10-27T14:00:00Z",
          "2025-10-27T13:59:59Z",
          "2026-03-08T02:30:00-05:00",
          "2026-01-01T00:00:00+14:00",
          "2026-01-01T00:00:00-12:00",
          "2026-01-01T00:00:00+18:00",
          "2026-01-01T00:00:00.123456789Z",
          "2026-01-01T00:00Z");

  private static final List<String> BOUNDARY_ZONES =
      List.of(
          "Etc/GMT+12",
          "Etc/GMT-14",
          "Pacific/Kiritimati",
          "UTC",
          "Etc/UTC",
          "EST",
          "America/Argentina/ComodRivadavia",
          "Asia/Kathmandu",
          "Antarctica/Troll",
          "Australia/Lord_Howe");

  /** Rules the API may take or refuse; none may break it. */
  private static final List<String> BOUNDARY_RULES =
      List.of(
          "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
          "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
          "FREQ=DAILY;COUNT=1",
          "FREQ=DAILY;UNTIL=19000101",
          "FREQ=DAILY;UNTIL=99991231T235959Z",
          "FREQ=YEARLY;INTERVAL=1000",
          "FREQ=DAILY;INTERVAL=2147483647",
          "FREQ=MONTHLY;BYMONTHDAY=31",
          "FREQ=MONTHLY;BYMONTHDAY=-31",
          "FREQ=MONTHLY;BYDAY=-1FR",
          "FREQ=MONTHLY;BYDAY=5SU",
          "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
          "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO",
          "FREQ=YEARLY;BYWEEKNO=-53;BYDAY=SU",
          "FREQ=YEARLY;BYYEARDAY=366",
          "FREQ=YEARLY;BYYEARDAY=-366",
          "FREQ=YEARLY;BYSETPOS=-1;BYDAY=MO,TU",
          "FREQ=MONTHLY;BYSETPOS=366;BYDAY=MO",
          "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;INTERVAL=7",
          "FREQ=YEARLY;COUNT=2147483647",
          "RRULE:FREQ=YEARLY",
          "freq=yearly",
          "FREQ=YEARLY;",
          "FREQ=YEARLY;WKST=SU",
          "FREQ=WEEKLY;INTERVAL=52;BYDAY=MO;WKST=SU");

  /** Rules that are not valid RFC 5545, or finer than daily: always a 400. */
  private static final List<String> INVALID_RULES =
      List.of(
          "FREQ=SECONDLY;INTERVAL=0",
          "FREQ=SECONDLY",
          "FREQ=MINUTELY",
          "FREQ=HOURLY",
          "FREQ=DAILY;INTERVAL=0",
          "FREQ=DAILY;INTERVAL=-1",
          "FREQ=DAILY;COUNT=0",
          "FREQ=DAILY;COUNT=-1",
          "FREQ=YEARLY;BYMONTH=13",
          "FREQ=YEARLY;BYMONTH=0",
          "FREQ=MONTHLY;BYMONTHDAY=32",
          "FREQ=MONTHLY;BYMONTHDAY=0",
          "FREQ=MONTHLY;BYDAY=1000MO",
          "FREQ=WEEKLY;BYDAY=XX",
          "FREQ=YEARLY;BYWEEKNO=54",
          "FREQ=YEARLY;BYYEARDAY=367",
          "FREQ=DAILY;COUNT=2;UNTIL=20300101",
          "FREQ=DAILY;UNTIL=2030-01-01",
          "FREQ=DAILY;COUNT=99999999999999999999",
          "FREQ=FORTNIGHTLY",
          "FREQ=",
          "FREQ",
          "INTERVAL=2",
          "",
          "   ",
          "FREQ=DAILY;FREQ=WEEKLY",
          "FREQ=YEARLY;X=;=;",
          "FREQ=DAILY\u0000",
          "FREQ=YEARLY;BYMONTH=" + "1,".repeat(600) + "1");

  private static final List<String> INVALID_ZONES =
      List.of(
          "Mars/Olympus",
          "",
          "UTC+5",
          "GMT+25:00",
          "+05:00",
          "America/New York",
          "america/new_york",
          "../../../etc/localtime",
          "America/New_York\u0000",
          "Z");

  private static final List<String> INVALID_DATES =
      List.of(
          "2025-02-30",
          "2025-02-29",
          "2025-13-01",
          "2025-00-10",
          "2025-04-31",
          "2025-1-1",
          "20250101",
          "2025/01/01",
          "01-01-2025",
          "2025-01-01T00:00:00Z",
          "2025-01-01 ",
          "tomorrow",
          "",
          "0000-00-00");

  private static final List<String> INVALID_INSTANTS =
      List.of(
          "2026-02-30T09:00:00Z",
          "2026-03-01T09:00:00",
          "2026-03-01T25:00:00Z",
          "2026-03-01T09:60:00Z",
          "2026-03-01 09:00:00Z",
          "2026-03-01T09:00:00+25:00",
          "2026-03-01T09:00:00 Mars/Olympus",
          "2026-03-01T09:00:00[Mars/Olympus]",
          "2026-03-01",
          "1772355600",
          "now",
          "");

  private static final List<String> INVALID_COLORS =
      List.of("red", "#12345", "#GGGGGG", "#1234567", "123456", "#abcdeg", "", "#\u0000abcde");

  private static final List<String> UNKNOWN_ENUM_VALUES =
      List.of("", " ", "unknown", "null", "🙂", "\u0000", "1", "' or 1=1--");

  private static final List<String> WRONG_CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/json; charset=utf-16",
          "application/json; charset=nonsense",
          "*/*");

  // ---------------------------------------------------------------------------------------------

  private final Random random;
  private final SeededTenant mine;
  private final SeededTenant theirs;
  private int sequence;

  /**
   * @param mine the tenant whose keys and rows the requests use
   * @param theirs another organization, whose rows must stay out of reach
   */
  HostileRequests(Random random, SeededTenant mine, SeededTenant theirs) {
    this.random = random;
    this.mine = mine;
    this.theirs = theirs;
  }

  /** A request to {@code operation} that carries at least one defect. */
  Request hostile(Operation operation) {
    Draft draft = new Draft(operation);
    List<Runnable> defects = new ArrayList<>();
    if (!operation.underApi()) {
      defects.add(draft::junkQueryAndHeaders);
      defects.add(draft::noSuchRoute);
    } else {
      if (!operation.pathParameters().isEmpty()) {
        defects.add(draft::malformedPathId);
        defects.add(draft::malformedPathId);
        defects.add(draft::unknownPathId);
        defects.add(draft::otherOrganizationsPathId);
        defects.add(draft::traversalPathId);
        if (operation.pathParameters().size() > 1) {
          defects.add(draft::wrongParentPathId);
        }
      }
      defects.add(draft::foreignOrganizationQuery);
      defects.add(draft::unknownQueryParameter);
      if (!operation.open()) {
        // an open operation takes any credential or none: that is no defect there
        defects.add(draft::badCredentials);
      }
      defects.add(draft::unencodable);
      defects.add(draft::noSuchRoute);
      if (!operation.writes()) {
        for (int i = 0; i < operation.queryParameters().size(); i++) {
          defects.add(draft::badQueryParameter);
          defects.add(draft::boundaryQueryParameter);
        }
      }
      if (operation.body() != null) {
        for (int i = 0; i < 3; i++) {
          defects.add(draft::syntaxError);
          defects.add(draft::wrongType);
          defects.add(draft::badValue);
        }
        defects.add(draft::unknownField);
        defects.add(draft::foreignReference);
        defects.add(draft::foreignOrganizationInBody);
        defects.add(draft::missingRequired);
        defects.add(() -> draft.tooLarge(false));
        defects.add(() -> draft.tooLarge(true));
      }
    }
    defects.get(random.nextInt(defects.size())).run();
    if (operation.body() != null && draft.body != null && random.nextBoolean()) {
      draft.noise(1 + random.nextInt(3));
    }
    if (random.nextInt(6) == 0) {
      draft.header("Content-Type", pick(WRONG_CONTENT_TYPES));
      draft.category += "+content-type";
    }
    return draft.render();
  }

  /**
   * A request to {@code operation} (one with a body) that is valid but for one boundary value, or
   * wholly valid: the server may take it or refuse it.
   */
  Request probe(Operation operation) {
    Draft draft = new Draft(operation);
    List<Slot> slots = draft.slots();
    Slot slot = slots.get(random.nextInt(slots.size()));
    draft.set(slot, boundaryValue(slot));
    draft.category = "probe:" + slot.at;
    if (random.nextInt(8) == 0) {
      draft.header("Content-Type", pick(WRONG_CONTENT_TYPES));
      draft.category += "+content-type";
    }
    return draft.render();
  }

  /** The valid body of {@code operation} for this generator's tenant, as sent. */
  String validBody(Operation operation) {
    Draft draft = new Draft(operation);
    return draft.body == null ? null : draft.json();
  }

  // ---------------------------------------------------------------------------------------------

  /** A place in a body a value can be put: a field of the body or of an object in its array. */
  private record Slot(
      ObjectNode container, String field, JsonNode schema, boolean required, String at) {
    List<String> types() {
      List<String> types = new ArrayList<>();
      JsonNode type = schema.path("type");
      if (type.isArray()) {
        type.forEach(t -> types.add(t.asText()));
      } else if (!type.isMissingNode()) {
        types.add(type.asText());
      }
      return types;
    }

    boolean is(String type) {
      return types().contains(type);
    }

    String format() {
      return schema.path("format").asText("");
    }
  }

  /** A request being built: one tenant's valid request until a defect is planted. */
  private final class Draft {
    final Operation operation;
    String category = "";
    final Map<String, String> path = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String key;
    ObjectNode body;
    final Map<String, String> placeholders = new HashMap<>();
    byte[] bytes;
    boolean chunked;
    boolean raw;
    String rawQuery;
    String method;
    String suffix = "";
    String avoid;

    Draft(Operation operation) {
      this.operation = operation;
      for (String parameter : operation.pathParameters()) {
        path.put(parameter, encode(mine.pathId(operation.template(), parameter)));
      }
      if (operation.underApi()) {
        key = mine.tenant().adminKey();
      }
      if (operation.body() != null) {
        body = validBodyOf(operation);
        headers.put("Content-Type", "application/json");
      }
    }

    // -- path

    String someParameter() {
      List<String> parameters = operation.pathParameters();
      return parameters.get(random.nextInt(parameters.size()));
    }

    void malformedPathId() {
      String parameter = someParameter();
      path.put(parameter, encode(pick(MALFORMED_IDS)));
      category = "path:malformed:" + parameter;
    }

    void unknownPathId() {
      String parameter = someParameter();
      String id =
          random.nextInt(4) == 0
              ? pick(
                  List.of(
                      "00000000-0000-0000-0000-000000000000",
                      "ffffffff-ffff-ffff-ffff-ffffffffffff",
                      "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"))
              : UUID.randomUUID().toString();
      path.put(parameter, id);
      category = "path:unknown:" + parameter;
    }

    void otherOrganizationsPathId() {
      String parameter = someParameter();
      String id = theirs.pathId(operation.template(), parameter);
      if (id.equals(mine.pathId(operation.template(), parameter))) {
        // a name, the same in every organization (an agent's): nothing of theirs to aim at
        unknownPathId();
        return;
      }
      path.put(parameter, random.nextBoolean() ? id : id.toUpperCase(Locale.ROOT));
      category = "path:other-organization:" + parameter;
    }

    /** A parent the child does not belong to: the child must not be reachable through it. */
    void wrongParentPathId() {
      String parent = operation.pathParameters().get(0);
      String wrong = mine.wrongParentId(parent);
      if (wrong == null) {
        unknownPathId();
        return;
      }
      path.put(parent, wrong);
      category = "path:wrong-parent:" + parent;
    }

    /**
     * Dot segments and separators a server might resolve into another route. To keep the defect
     * certain wherever the path lands, the other ids are unknown and the body is broken.
     */
    void traversalPathId() {
      String parameter = someParameter();
      for (String other : operation.pathParameters()) {
        path.put(other, UUID.randomUUID().toString());
      }
      path.put(parameter, pick(TRAVERSALS));
      if (body != null) {
        bytes = (json() + " trailing").getBytes(StandardCharsets.UTF_8);
      }
      category = "path:traversal:" + parameter;
    }

    // -- query and credentials

    void foreignOrganizationQuery() {
      String own = mine.tenant().orgId().toString();
      String other = theirs.tenant().orgId().toString();
      switch (random.nextInt(5)) {
        case 0 -> query.add(new String[] {"org_id", other});
        case 1 -> query.add(new String[] {"org_id", UUID.randomUUID().toString()});
        case 2 -> query.add(new String[] {"org_id", pick(MALFORMED_IDS)});
        case 3 -> {
          query.add(new String[] {"org_id", own});
          query.add(new String[] {"org_id", other});
        }
        default -> {
          query.add(new String[] {"org_id", other});
          query.add(new String[] {"org_id", own});
        }
      }
      category = "query:org_id";
    }

    void badCredentials() {
      ApiServer.Tenant tenant = mine.tenant();
      List<String> choices =
          new ArrayList<>(List.of("none", "scheme", "unknown", "garbage", "long"));
      if (operation.writes()) {
        choices.add("analyst");
        choices.add("analyst");
      }
      if (operation.adminOnly()) {
        choices.add("concierge");
        choices.add("concierge");
      }
      String choice = pick(choices);
      key = null;
      switch (choice) {
        case "scheme" -> headers.put("Authorization", "Basic " + tenant.adminKey());
        case "unknown" -> headers.put("Authorization", "Bearer " + tenant.adminKey() + "x");
        case "garbage" ->
            headers.put(
                "Authorization",
                pick(
                    List.of("Bearer", "Bearer ", "Bearer ' or 1=1--", "bearer\t", "Bearer a b c")));
        case "long" -> headers.put("Authorization", "Bearer " + "k".repeat(4_000));
        case "analyst" -> key = tenant.analystKey();
        case "concierge" -> key = tenant.conciergeKey();
        default -> {}
      }
      category = "auth:" + choice;
    }

    void badQueryParameter() {
      JsonNode parameter =
          operation.queryParameters().get(random.nextInt(operation.queryParameters().size()));
      String name = parameter.path("name").asText();
      JsonNode schema = parameter.path("schema");
      List<String> values = new ArrayList<>();
      switch (schema.path("type").asText()) {
        case "integer" -> {
          if (schema.has("minimum")) {
            values.add(Long.toString(schema.get("minimum").asLong() - 1));
          }
          if (schema.has("maximum")) {
            values.add(Long.toString(schema.get("maximum").asLong() + 1));
          }
          values.addAll(
              List.of(
                  "2147483648",
                  "-2147483649",
                  "1.5",
                  "ten",
                  "",
                  " 1",
                  "1e3",
                  "0x10",
                  "--1",
                  "99999999999999999999"));
        }
        case "boolean" -> values.addAll(List.of("yes", "1", "TRUE", "", "true ", "null"));
        case "string" -> {
          if (schema.has("enum")) {
            values.addAll(UNKNOWN_ENUM_VALUES);
            values.add(schema.get("enum").get(0).asText().toUpperCase(Locale.ROOT));
          } else if (schema.path("format").asText().equals("uuid")) {
            values.addAll(MALFORMED_IDS.subList(0, 20));
            values.add(theirs.tenant().orgId().toString());
          } else {
            values.add("%");
          }
        }
        default -> values.add("");
      }
      String value = pick(values);
      query.add(new String[] {name, value});
      if (random.nextInt(4) == 0) {
        query.add(new String[] {name, value});
      }
      category = "query:bad:" + name;
    }

    /**
     * A parameter the operation does not take, beside valid ones: refused, or a misspelt filter
     * would answer everything.
     */
    void unknownQueryParameter() {
      List<String> taken = new ArrayList<>();
      operation.queryParameters().forEach(p -> taken.add(p.path("name").asText()));
      String name =
          pick(
              List.of(
                  "bogus",
                  "q",
                  "Limit",
                  "org_id ",
                  "person_id[]",
                  "skip.",
                  "",
                  "x".repeat(200),
                  "ü"));
      if (taken.contains(name)) {
        name = name + "_x";
      }
      query.add(new String[] {name, "1"});
      category = "query:unknown";
    }

    /** Odd but possibly valid query values: harmless on a read, which changes nothing anyway. */
    void boundaryQueryParameter() {
      JsonNode parameter =
          operation.queryParameters().get(random.nextInt(operation.queryParameters().size()));
      String name = parameter.path("name").asText();
      String value =
          pick(
              List.of(
                  "0",
                  "500",
                  "+1",
                  "١",
                  "%",
                  "_",
                  "\\",
                  "'",
                  "' or 1=1--",
                  "x".repeat(3_000),
                  "ü".repeat(500),
                  "\u0000",
                  "*",
                  "[]"));
      query.add(new String[] {name, value});
      if (random.nextInt(4) == 0) {
        query.add(new String[] {name, value});
      }
      category = "query:boundary:" + name;
    }

    /**
     * What no HTTP client library would send, written to the socket as is: broken percent-escapes,
     * bytes outside URI syntax. A broken query is refused on every route (the query is read whole);
     * a broken path lands anywhere, so there the other ids are unknown and no body goes with it.
     */
    void unencodable() {
      raw = true;
      if (operation.pathParameters().isEmpty() || random.nextBoolean()) {
        rawQuery =
            pick(
                List.of(
                    "org_id=%",
                    "org_id=%zz",
                    "x=%&org_id=" + mine.tenant().orgId(),
                    "%=1",
                    "org_id=%u0041",
                    "org_id=%4",
                    "org_id=%C0%AF",
                    "org_id=\u00ff"));
        category = "raw:query";
        return;
      }
      String parameter = someParameter();
      for (String other : operation.pathParameters()) {
        path.put(other, UUID.randomUUID().toString());
      }
      path.put(
          parameter,
          pick(List.of("%", "%zz", "%u0041", "\u00ff\u00fe", "a\tb", "%C0", "a\u007fb")));
      // Jetty refuses some of these before reading a byte of body and closes the connection: a
      // body left unread there would have the kernel reset it, response and all
      body = null;
      headers.remove("Content-Type");
      category = "raw:path:" + parameter;
    }

    /** A method the path does not have, or a path below it that does not exist. */
    void noSuchRoute() {
      List<String> others =
          new ArrayList<>(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"));
      others.removeAll(METHODS.get(operation.template()));
      if (random.nextBoolean()) {
        method = pick(others);
        category = "route:method";
      } else {
        suffix = "/" + pick(List.of("nothing", "tasks", "comm-identities", "..%2F", "%20", "0"));
        if (operation.template().endsWith("}") || operation.template().endsWith("/tasks")) {
          suffix = "/nothing" + suffix;
        }
        category = "route:unknown";
      }
    }

    void junkQueryAndHeaders() {
      query.add(
          new String[] {
            pick(List.of("x", "skip", "org_id", "")), pick(MALFORMED_IDS.subList(0, 20))
          });
      headers.put("Accept", pick(List.of("text/html", "application/xml", "*/*;q=abc", "")));
      headers.put("Authorization", "Bearer nonsense");
      category = "junk";
    }

    // -- bodies

    List<Slot> slots() {
      List<Slot> slots = new ArrayList<>();
      ObjectSchema schema = operation.body();
      schema
          .properties()
          .forEach(
              (field, fieldSchema) -> {
                slots.add(
                    new Slot(body, field, fieldSchema, schema.required().contains(field), field));
                JsonNode items = OpenApiConformance.resolve(fieldSchema.path("items"));
                if (items.has("properties") && body.path(field).path(0).isObject()) {
                  ObjectSchema itemSchema = ObjectSchema.of(items);
                  ObjectNode item = (ObjectNode) body.get(field).get(0);
                  itemSchema
                      .properties()
                      .forEach(
                          (itemField, itemFieldSchema) ->
                              slots.add(
                                  new Slot(
                                      item,
                                      itemField,
                                      itemFieldSchema,
                                      itemSchema.required().contains(itemField),
                                      field + "[0]." + itemField)));
                }
              });
      return slots;
    }

    Slot someSlot() {
      List<Slot> slots = slots();
      return slots.get(random.nextInt(slots.size()));
    }

    void set(Slot slot, String rawJson) {
      String placeholder = "@@raw" + placeholders.size() + "@@";
      placeholders.put(placeholder, rawJson);
      slot.container().put(slot.field(), placeholder);
      avoid = slot.at();
    }

    void syntaxError() {
      String text = json();
      String broken =
          switch (random.nextInt(19)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 ->
                text
                    + pick(
                        List.of(
                            " x",
                            "}",
                            "]",
                            ",",
                            " {}",
                            " null",
                            "'",
                            "\u0000",
                            " // c",
                            " /* */",
                            "\n\n{\"a\":1}"));
            case 2 -> text + text;
            case 3 -> "{\"" + firstField() + "\": null, " + text.substring(1);
            case 4 -> "{/* comment */" + text.substring(1);
            case 5 -> text.replaceFirst("\"(\\w+)\":", "'$1':");
            case 6 -> text.replaceFirst("\"(\\w+)\":", "$1:");
            case 7 ->
                text.replaceFirst(
                    ":[^,}]+([,}])",
                    ":"
                        + pick(
                            List.of(
                                "NaN",
                                "Infinity",
                                "-Infinity",
                                "+1",
                                "01",
                                ".5",
                                "1.",
                                "0x10",
                                "1e",
                                "undefined",
                                "True"))
                        + "$1");
            case 8 -> text.substring(0, text.length() - 1) + ",}";
            case 9 -> pick(List.of("[]", "null", "\"text\"", "1", "true", "[" + text + "]"));
            case 10 -> pick(List.of("", " ", "\n", "\t"));
            case 11 -> text.replaceFirst(":\\s*\"", ":\"\t");
            case 12 ->
                text.replaceFirst(
                    ":\\s*\"",
                    Matcher.quoteReplacement(":\"" + pick(List.of("\\x41", "\\u12G", "\\q"))));
            case 13 -> "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
            case 14 -> "{\"a\":" + "1".repeat(1_500) + "}";
            case 15 -> "{\"" + "k".repeat(60_000) + "\":1}";
            case 16 ->
                text.substring(0, text.length() - 1) + ",\"metadata_jsonb\":{\"a\":1,\"a\":2}}";
            case 17 -> "{\"a\":{".repeat(3_000);
            default -> null;
          };
      if (broken == null) {
        bytes = invalidUtf8(text);
        category = "body:syntax:utf-8";
      } else {
        bytes = broken.getBytes(StandardCharsets.UTF_8);
        category = "body:syntax";
      }
    }

    void wrongType() {
      Slot slot = someSlot();
      List<String> wrong = new ArrayList<>();
      if (!slot.is("string")) {
        wrong.addAll(List.of("\"3\"", "\"true\"", "\"\"", "\"{}\""));
      }
      if (!slot.is("integer") && !slot.is("number")) {
        wrong.addAll(List.of("0", "-0", "1.5", "1e400"));
      }
      if (!slot.is("number") && slot.is("integer")) {
        wrong.addAll(List.of("1.5", "1e400", "2147483648", "-2147483649", "1.0"));
      }
      if (!slot.is("boolean")) {
        wrong.addAll(List.of("true", "false"));
      }
      if (!slot.is("array")) {
        wrong.addAll(List.of("[]", "[\"a\"]", "[" + "1,".repeat(10_000) + "1]"));
      } else {
        wrong.addAll(List.of("[1]", "[null]", "[[]]", "[{}]"));
      }
      if (!slot.is("object")) {
        wrong.addAll(List.of("{}", "{\"a\":1}"));
      }
      if (slot.schema().path("items").path("type").asText().equals("string")) {
        wrong.removeAll(List.of("[]", "[\"a\"]"));
      }
      if (slot.is("array") && !slot.schema().path("items").path("type").asText().equals("string")) {
        wrong.removeAll(List.of("[{}]"));
      }
      set(slot, pick(wrong));
      category = "body:wrong-type:" + slot.at();
    }

    void badValue() {
      List<Slot> candidates = new ArrayList<>();
      for (Slot slot : slots()) {
        if (!invalidValues(slot).isEmpty()) {
          candidates.add(slot);
        }
      }
      if (candidates.isEmpty()) {
        wrongType();
        return;
      }
      Slot slot = candidates.get(random.nextInt(candidates.size()));
      set(slot, pick(invalidValues(slot)));
      category = "body:bad-value:" + slot.at();
    }

    /** Values the document says {@code slot} cannot hold, whatever else the body says. */
    List<String> invalidValues(Slot slot) {
      JsonNode schema = slot.schema();
      List<String> values = new ArrayList<>();
      if (schema.has("enum")) {
        for (String value : UNKNOWN_ENUM_VALUES) {
          values.add(quote(value));
        }
        values.add(quote(schema.get("enum").get(0).asText().toUpperCase(Locale.ROOT)));
        values.add(quote(" " + schema.get("enum").get(0).asText()));
      }
      switch (slot.format()) {
        case "uuid" -> {
          for (String id : MALFORMED_IDS) {
            values.add(quote(id));
          }
        }
        case "date" -> INVALID_DATES.forEach(d -> values.add(quote(d)));
        case "date-time" -> INVALID_INSTANTS.forEach(d -> values.add(quote(d)));
        default -> {}
      }
      if (schema.has("maxLength")) {
        int max = schema.get("maxLength").asInt();
        values.add(quote("x".repeat(max + 1)));
        values.add(quote("é".repeat(max + 1)));
      }
      if (schema.path("minLength").asInt() > 0) {
        values.addAll(List.of("\"\"", "\"   \"", "\"\\t\\n\""));
      }
      if (schema.has("pattern")) {
        INVALID_COLORS.forEach(c -> values.add(quote(c)));
      }
      if (schema.has("minimum") && slot.is("integer")) {
        values.add(Long.toString(schema.get("minimum").asLong() - 1));
      }
      if (schema.has("maximum") && slot.is("integer")) {
        values.add(Long.toString(schema.get("maximum").asLong() + 1));
      }
      if (schema.has("minimum") && slot.is("number") && !slot.is("integer")) {
        values.add(Double.toString(schema.get("minimum").asDouble() - 0.1));
      }
      if (schema.has("maximum") && slot.is("number") && !slot.is("integer")) {
        values.add(Double.toString(schema.get("maximum").asDouble() + 0.1));
        values.add("1e400");
      }
      JsonNode items = schema.path("items");
      if (items.has("maxLength")) {
        values.add("[" + quote("x".repeat(items.get("maxLength").asInt() + 1)) + "]");
      }
      if (items.path("minLength").asInt() > 0) {
        values.add("[\"ok\", \"\"]");
      }
      if (slot.is("string")) {
        values.addAll(List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\""));
        values.add(quote("x".repeat(100_001)));
      }
      if (slot.is("object")) {
        values.addAll(
            List.of(
                nested(33),
                nested(33 + random.nextInt(900)),
                nested(1000),
                "{\"a\":" + quote("x".repeat(65_536)) + "}",
                "{\"a\":[\"\\u0000\"]}",
                "{\"a\":{\"b\":\"\\udc00\"}}",
                "{\"\\u0000\":1}",
                "{\"a\":[1,-1e400]}"));
      }
      if (slot.field().equals("timezone")) {
        INVALID_ZONES.forEach(z -> values.add(quote(z)));
      }
      if (slot.field().equals("recurrence_rule")) {
        INVALID_RULES.forEach(r -> values.add(quote(r)));
      }
      return values;
    }

    void unknownField() {
      Slot slot = someSlot();
      List<String> names =
          new ArrayList<>(
              List.of(
                  "fuzz",
                  "",
                  " ",
                  "__proto__",
                  "constructor",
                  "id",
                  "created_at",
                  "deleted_at",
                  slot.field().toUpperCase(Locale.ROOT),
                  slot.field() + " ",
                  slot.field() + "\u0000",
                  "x".repeat(5_000)));
      String name = pick(names);
      if (slot.container().has(name)
          || slot.container() == body && operation.body().properties().containsKey(name)) {
        name = "fuzz";
      }
      slot.container().put(name, random.nextBoolean() ? "value" : null);
      category = "body:unknown-field";
    }

    void foreignReference() {
      List<Slot> references = new ArrayList<>();
      for (Slot slot : slots()) {
        if (slot.format().equals("uuid") && !slot.field().equals("org_id")) {
          references.add(slot);
        }
      }
      if (references.isEmpty()) {
        unknownField();
        return;
      }
      Slot slot = references.get(random.nextInt(references.size()));
      String theirId = theirs.referenceId(slot.field());
      String id =
          switch (random.nextInt(4)) {
            case 0, 1 -> theirId == null ? UUID.randomUUID().toString() : theirId;
            case 2 -> UUID.randomUUID().toString();
            default -> "00000000-0000-0000-0000-000000000000";
          };
      if (slot.field().equals("related_person_id") && random.nextBoolean()) {
        id = mine.id("person");
      }
      set(slot, quote(id));
      category = "body:foreign-reference:" + slot.at();
    }

    void foreignOrganizationInBody() {
      if (!operation.body().properties().containsKey("org_id")) {
        foreignOrganizationQuery();
        return;
      }
      String value =
          switch (random.nextInt(3)) {
            case 0 -> quote(theirs.tenant().orgId().toString());
            case 1 -> quote(UUID.randomUUID().toString());
            default -> quote(pick(MALFORMED_IDS));
          };
      set(
          new Slot(body, "org_id", operation.body().properties().get("org_id"), false, "org_id"),
          value);
      category = "body:org_id";
    }

    void missingRequired() {
      List<Slot> required = new ArrayList<>();
      for (Slot slot : slots()) {
        if (slot.required()) {
          required.add(slot);
        }
      }
      if (required.isEmpty()) {
        wrongType();
        return;
      }
      Slot slot = required.get(random.nextInt(required.size()));
      if (random.nextBoolean()) {
        slot.container().remove(slot.field());
      } else {
        slot.container().putNull(slot.field());
      }
      avoid = slot.at();
      category = "body:missing-required:" + slot.at();
    }

    /**
     * A valid body padded with insignificant whitespace past the limit, so only its size is wrong;
     * chunked, it announces no length the server could refuse it on before reading.
     */
    void tooLarge(boolean withoutLength) {
      String text = json();
      bytes =
          (text.substring(0, text.length() - 1)
                  + " ".repeat(MAX_BODY_BYTES + 1 - text.length() + random.nextInt(4_096))
                  + "}")
              .getBytes(StandardCharsets.UTF_8);
      chunked = withoutLength;
      category = withoutLength ? "body:too-large:chunked" : "body:too-large";
    }

    /** Boundary values in fields other than the defect's, so defects meet odd company. */
    void noise(int fields) {
      List<Slot> slots = slots();
      for (int i = 0; i < fields; i++) {
        Slot slot = slots.get(random.nextInt(slots.size()));
        if (avoid != null && (avoid.equals(slot.at()) || avoid.startsWith(slot.at() + "["))
            || slot.field().equals("org_id")) {
          continue;
        }
        if (slot.container().path(slot.field()).isTextual()
            && slot.container().get(slot.field()).asText().startsWith("@@raw")) {
          continue;
        }
        String value = boundaryValue(slot);
        String placeholder = "@@raw" + placeholders.size() + "@@";
        placeholders.put(placeholder, value);
        slot.container().put(slot.field(), placeholder);
      }
      category += "+noise";
    }

    void header(String name, String value) {
      headers.put(name, value);
    }

    String json() {
      try {
        String text = JSON.writeValueAsString(body);
        for (Map.Entry<String, String> value : placeholders.entrySet()) {
          text = text.replace("\"" + value.getKey() + "\"", value.getValue());
        }
        return text;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    Request render() {
      StringBuilder target = new StringBuilder();
      for (String segment : operation.template().split("/")) {
        if (segment.isEmpty()) {
          continue;
        }
        target.append('/');
        if (segment.startsWith("{")) {
          target.append(path.get(segment.substring(1, segment.length() - 1)));
        } else {
          target.append(segment);
        }
      }
      target.append(suffix);
      for (int i = 0; i < query.size(); i++) {
        target
            .append(i == 0 ? '?' : '&')
            .append(encode(query.get(i)[0]))
            .append('=')
            .append(encode(query.get(i)[1]));
      }
      Map<String, String> sent = new LinkedHashMap<>(headers);
      if (key != null) {
        sent.put("Authorization", "Bearer " + key);
      }
      byte[] payload =
          bytes != null ? bytes : body == null ? null : json().getBytes(StandardCharsets.UTF_8);
      if (rawQuery != null) {
        target.append(query.isEmpty() ? '?' : '&').append(rawQuery);
      }
      return new Request(
          category,
          method == null ? operation.method() : method,
          target.toString(),
          sent,
          payload,
          chunked,
          raw);
    }

    private String firstField() {
      Iterator<String> names = body.fieldNames();
      return names.hasNext() ? names.next() : "a";
    }
  }

  /** A value at the edge of what {@code slot}'s type allows, or past it. */
  private String boundaryValue(Slot slot) {
    if (random.nextInt(12) == 0 && !slot.required()) {
      return "null";
    }
    if (slot.field().equals("timezone")) {
      return quote(pick(BOUNDARY_ZONES));
    }
    if (slot.field().equals("recurrence_rule")) {
      return quote(pick(BOUNDARY_RULES));
    }
    if (slot.format().equals("date")) {
      return quote(pick(BOUNDARY_DATES));
    }
    if (slot.format().equals("date-time")) {
      return quote(pick(BOUNDARY_INSTANTS));
    }
    if (slot.format().equals("uuid")) {
      String own = mine.referenceId(slot.field());
      return quote(own == null ? UUID.randomUUID().toString() : own.toUpperCase(Locale.ROOT));
    }
    if (slot.is("object")) {
      return boundaryObject();
    }
    if (slot.is("array")) {
      return boundaryArray(slot);
    }
    if (slot.is("integer") || slot.is("number")) {
      return pick(BOUNDARY_NUMBERS);
    }
    if (slot.is("boolean")) {
      return pick(List.of("true", "false"));
    }
    return pick(BOUNDARY_STRINGS);
  }

  private String boundaryObject() {
    return switch (random.nextInt(12)) {
      case 0 -> nested(1 + random.nextInt(40));
      case 1 -> nested(200 + random.nextInt(600));
      case 2 -> nested(990);
      case 3 -> {
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
          wide.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        yield wide.append('}').toString();
      }
      case 4 -> "{\"a\":[" + "1,".repeat(100_000) + "1]}";
      case 5 -> "{\"\":\"\",\"\\u0000\":1}";
      case 6 -> "{\"a\":\"\\u0000\"}";
      case 7 -> "{\"a\":\"\\ud800\"}";
      case 8 -> "{\"a\":1e400,\"b\":-0,\"c\":1e-400}";
      case 9 -> "{\"a\":" + "9".repeat(900) + "}";
      case 10 -> "{\"a\":" + pick(BOUNDARY_STRINGS) + "}";
      default -> "{}";
    };
  }

  private static String nested(int depth) {
    return "{\"a\":".repeat(depth) + "{}" + "}".repeat(depth);
  }

  private String boundaryArray(Slot slot) {
    JsonNode items = OpenApiConformance.resolve(slot.schema().path("items"));
    if (items.has("properties")) {
      int copies = pick(List.of(0, 2, 30));
      ArrayNode rules = JSON.createArrayNode();
      JsonNode first = slot.container().path(slot.field()).path(0);
      for (int i = 0; i < copies && first.isObject(); i++) {
        rules.add(first.deepCopy());
      }
      return rules.toString();
    }
    return switch (random.nextInt(6)) {
      case 0 -> "[]";
      case 1 -> "[" + "\"t\",".repeat(20_000) + "\"t\"]";
      case 2 -> "[" + pick(BOUNDARY_STRINGS) + "]";
      case 3 -> "[\"a\",\"a\",\"A\"]";
      case 4 -> "[" + quote("x".repeat(100)) + "]";
      default -> "[\"\\u0000\"]";
    };
  }

  // ---------------------------------------------------------------------------------------------

  private ObjectNode validBodyOf(Operation operation) {
    SeededTenant s = mine;
    String org = s.tenant().orgId().toString();
    int n = ++sequence;
    ObjectNode body =
        switch (operation.key()) {
          case "POST /api/v1/persons" ->
              object(
                  "org_id", org,
                  "full_name", "Grace Hopper",
                  "preferred_name", "Grace",
                  "person_type", "client",
                  "birthday", "1906-12-09",
                  "timezone", "America/New_York",
                  "metadata_jsonb", Map.of("source", "fuzz"));
          case "PUT /api/v1/persons/{person_id}" ->
              object(
                  "org_id", org,
                  "full_name", "Sarah Chen-Park",
                  "preferred_name", "Sarah",
                  "person_type", "client",
                  "birthday", "1985-04-02",
                  "timezone", "America/Chicago",
                  "metadata_jsonb", Map.of("vip", true));
          case "PUT /api/v1/organization" ->
              object(
                  "org_id",
                  org,
                  "name",
                  "Organization " + n,
                  "default_timezone",
                  "Europe/London",
                  "settings_jsonb",
                  Map.of("check_ins", Map.of("enabled", true)));
          case "POST /api/v1/api-keys" ->
              object("org_id", org, "name", "Key " + n, "role", "concierge");
          case "POST /api/v1/date-categories" ->
              object(
                  "org_id",
                  org,
                  "category_name",
                  "Category " + n,
                  "icon",
                  "🎈",
                  "color",
                  "#A1B2C3",
                  "schema_jsonb",
                  Map.of());
          case "PUT /api/v1/date-categories/{category_id}" ->
              object(
                  "org_id", org,
                  "category_name", "Anniversaries",
                  "icon", "💍",
                  "color", "#112233",
                  "schema_jsonb", Map.of("fields", List.of("venue")));
          case "POST /api/v1/projects" ->
              object(
                  "org_id",
                  org,
                  "person_id",
                  s.id("person"),
                  "title",
                  "Garden party",
                  "description",
                  "Outdoor, sixty guests",
                  "status",
                  "new",
                  "priority",
                  2,
                  "due_date",
                  "2026-05-01",
                  "metadata_jsonb",
                  Map.of("budget", 5000));
          case "PUT /api/v1/projects/{project_id}" ->
              object(
                  "org_id", org,
                  "title", "Anniversary dinner",
                  "description", "Somewhere quiet",
                  "status", "in_progress",
                  "priority", 1,
                  "due_date", "2026-06-10",
                  "metadata_jsonb", Map.of());
          case "POST /api/v1/projects/{project_id}/tasks" ->
              object(
                  "title", "Call the florist",
                  "description", "Peonies",
                  "status", "pending",
                  "position", 2,
                  "due_date", "2026-06-01");
          case "PUT /api/v1/projects/{project_id}/tasks/{task_id}" ->
              object(
                  "title", "Shortlist venues",
                  "description", "Three options",
                  "status", "in_progress",
                  "position", 1,
                  "due_date", "2026-05-20");
          case "POST /api/v1/conversations" ->
              object(
                  "org_id",
                  org,
                  "person_id",
                  s.id("person"),
                  "channel_type",
                  "sms",
                  "subject",
                  "Flowers",
                  "status",
                  "active",
                  "external_thread_id",
                  "thread-" + n,
                  "metadata_jsonb",
                  Map.of());
          case "POST /api/v1/conversations/{conversation_id}/messages" ->
              object(
                  "direction",
                  "inbound",
                  "sender_type",
                  "client",
                  "sender_person_id",
                  s.id("person"),
                  "content",
                  "Thank you!",
                  "external_message_id",
                  "message-" + n,
                  "metadata_jsonb",
                  Map.of());
          case "POST /api/v1/persons/{person_id}/comm-identities" ->
              object(
                  "channel_type",
                  "sms",
                  "identity_value",
                  "+1555" + (1_000_000 + n),
                  "is_primary",
                  true,
                  "is_verified",
                  false,
                  "metadata_jsonb",
                  Map.of());
          case "PUT /api/v1/persons/{person_id}/comm-identities/{comm_identity_id}" ->
              object(
                  "identity_value",
                  "sarah@example.com",
                  "is_primary",
                  true,
                  "is_verified",
                  true,
                  "metadata_jsonb",
                  Map.of());
          case "POST /api/v1/persons/{person_id}/relationships" ->
              object("related_person_id", s.id("family"), "relation", "cousin " + n);
          case "POST /api/v1/persons/{person_id}/preferences" ->
              object(
                  "category",
                  "food",
                  "statement",
                  "Pescatarian since " + n,
                  "source",
                  "staff",
                  "source_message_id",
                  s.id("message"),
                  "captured_at",
                  "2026-03-01T09:00:00-05:00",
                  "confirmed",
                  true);
          case "PUT /api/v1/persons/{person_id}/preferences/{preference_id}" ->
              object("category", "food", "statement", "Vegetarian, eats fish", "confirmed", true);
          case "POST /api/v1/date-items" ->
              object(
                  "org_id",
                  org,
                  "person_id",
                  s.id("person"),
                  "related_person_id",
                  s.id("family"),
                  "category_id",
                  s.id("category"),
                  "title",
                  "Daniel's birthday",
                  "date_value",
                  "1984-02-29",
                  "recurrence_rule",
                  "FREQ=YEARLY",
                  "leap_day_policy",
                  "feb_28",
                  "notes",
                  "Loves jazz",
                  "metadata_jsonb",
                  Map.of(),
                  "reminder_rules",
                  List.of(
                      Map.of(
                          "reminder_type",
                          "lead_time",
                          "lead_time_days",
                          7,
                          "channel_type",
                          "email",
                          "comm_identity_id",
                          s.id("comm_identity"),
                          "metadata_jsonb",
                          Map.of())));
          case "PUT /api/v1/date-items/{date_item_id}" ->
              object(
                  "org_id", org,
                  "related_person_id", s.id("family"),
                  "category_id", s.id("category"),
                  "title", "Wedding anniversary",
                  "date_value", "2012-06-16",
                  "recurrence_rule", "FREQ=YEARLY",
                  "leap_day_policy", "feb_28",
                  "notes", "Tenth next year",
                  "metadata_jsonb", Map.of());
          case "POST /api/v1/reminders" ->
              object(
                  "org_id",
                  org,
                  "person_id",
                  s.id("person"),
                  "reminder_type",
                  "scheduled",
                  "scheduled_datetime",
                  "2026-04-01T10:00:00+02:00",
                  "channel_type",
                  "email",
                  "comm_identity_id",
                  s.id("comm_identity"),
                  "metadata_jsonb",
                  Map.of());
          case "PUT /api/v1/reminders/{reminder_rule_id}" ->
              object(
                  "org_id",
                  org,
                  "scheduled_datetime",
                  "2026-03-02T09:00:00-05:00",
                  "channel_type",
                  "email",
                  "comm_identity_id",
                  s.id("comm_identity"),
                  "metadata_jsonb",
                  Map.of("action", "Book the table"));
          case "POST /api/v1/persons/{person_id}/recommendations" ->
              object(
                  "org_id",
                  org,
                  "project_id",
                  s.id("project"),
                  "resource_id",
                  s.id("venues"),
                  "title",
                  "Dinner at the venue",
                  "notes",
                  "Ask for the terrace",
                  "status",
                  "suggested",
                  "metadata_jsonb",
                  Map.of());
          case "PUT /api/v1/recommendations/{recommendation_id}" ->
              object(
                  "org_id",
                  org,
                  "project_id",
                  s.id("project"),
                  "resource_id",
                  s.id("venues"),
                  "title",
                  "Dinner at the venue",
                  "notes",
                  "Confirmed",
                  "status",
                  "accepted",
                  "metadata_jsonb",
                  Map.of());
          case "POST /api/v1/accounts" ->
              object(
                  "org_id",
                  org,
                  "email",
                  "staff" + n + "@" + org + ".example.com",
                  "display_name",
                  "Grace Hopper",
                  "role",
                  "concierge",
                  "password",
                  "a valid passphrase " + n,
                  "person_id",
                  s.id("family"));
          case "POST /api/v1/agents/chat" ->
              object(
                  "person_id",
                  s.id("person"),
                  "message",
                  "What is coming up for Sarah this month?",
                  "conversation_id",
                  s.id("conversation"));
          case "PUT /api/v1/agents/{name}" ->
              object(
                  "system_prompt",
                  "Answer from the person's records; change nothing.",
                  "tools",
                  List.of("getPerson", "listDateItems"),
                  "model",
                  "claude-sonnet-4-5",
                  "max_tool_rounds",
                  6,
                  "max_tokens",
                  2048,
                  "max_run_tokens",
                  100000,
                  "wall_time_seconds",
                  45,
                  "enabled",
                  true);
          case "PUT /api/v1/accounts/{account_id}" ->
              object(
                  "org_id",
                  org,
                  "display_name",
                  "Seeded Staff",
                  "role",
                  "concierge",
                  "is_active",
                  true,
                  "password",
                  SeededTenant.PASSWORD);
          case "POST /api/v1/auth/login" ->
              object("email", s.id("account_email"), "password", SeededTenant.PASSWORD);
          case "POST /api/v1/reminders/bulk" ->
              object(
                  "org_id",
                  org,
                  "atomic",
                  true,
                  "operations",
                  List.of(
                      Map.of(
                          "op",
                          "create",
                          "person_id",
                          s.id("person"),
                          "reminder_type",
                          "scheduled",
                          "scheduled_datetime",
                          "2026-03-02T09:00:00-05:00")));
          case "POST /api/v1/unknown-contacts/{unknown_contact_id}/link" ->
              object("person_id", s.id("person"));
          case "POST /api/v1/calendar-feeds" -> object("org_id", org, "person_id", s.id("person"));

          default -> {
            if (operation.template().startsWith("/api/v1/")
                && SeededTenant.CATALOGUE.contains(operation.template().split("/")[3])) {
              yield object(
                  "org_id", org,
                  "name", "Le Bernardin",
                  "category", "seafood",
                  "description", "Three Michelin stars",
                  "address", "155 W 51st St",
                  "city", "New York",
                  "website", "https://www.le-bernardin.com",
                  "phone", "+1 212 554 1515",
                  "email", "info@example.com",
                  "price_level", 4,
                  "rating", 4.8,
                  "tags", List.of("michelin", "seafood"),
                  "is_vetted", true,
                  "notes", "Book a month ahead",
                  "attributes_jsonb", Map.of("cuisine", "French"));
            }
            throw new IllegalStateException("no valid body for " + operation.key());
          }
        };
    return body;
  }

  private static ObjectNode object(Object... fieldsAndValues) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      node.set((String) fieldsAndValues[i], JSON.valueToTree(fieldsAndValues[i + 1]));
    }
    return node;
  }

  // ---------------------------------------------------------------------------------------------

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Percent-encodes all but RFC 3986's unreserved characters, byte by byte of the UTF-8. */
  static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }

  /** The body with bytes no UTF-8 decoder may accept inside one of its strings. */
  private byte[] invalidUtf8(String text) {
    int quote = text.indexOf(":\"");
    if (quote < 0) {
      text = "{\"a\":\"\"}";
      quote = text.indexOf(":\"");
    }
    byte[][] invalid = {
      {(byte) 0xff},
      {(byte) 0xc3, (byte) 0x28},
      {(byte) 0xc0, (byte) 0xaf},
      {(byte) 0xe2, (byte) 0x82},
      {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
    out.write(head, 0, head.length);
    byte[] bad = invalid[random.nextInt(invalid.length)];
    out.write(bad, 0, bad.length);
    out.write(tail, 0, tail.length);
    return out.toByteArray();
  }
}
