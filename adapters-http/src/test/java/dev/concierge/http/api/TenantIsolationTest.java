package dev.concierge.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The isolation matrix: organization B, with its admin key, aims at organization A's rows through
 * every documented operation — A's ids in the path, A's ids in the body, A's org_id in the query —
 * and reaches nothing: each is refused (404 or 403; 400/422 where a body names A's row), and no row
 * of either organization changes. No list or read B may make ever shows one of A's ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> NOT_FOUND_OR_FORBIDDEN = Set.of(403, 404);
  private static final Set<Integer> REFUSED_REFERENCE = Set.of(400, 403, 404, 422);

  private SeededTenant a;
  private SeededTenant b;
  private HostileRequests bodiesOfB;
  private ApiFuzzTest.Snapshots snapshots;
  private Map<String, String> current;
  private final Map<String, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();

  @BeforeAll
  void plant() {
    a = SeededTenant.plant();
    b = SeededTenant.plant();
    bodiesOfB = new HostileRequests(new Random(7), b, a);
    snapshots = new ApiFuzzTest.Snapshots(a.tenant().orgId(), b.tenant().orgId());
    current = snapshots.take();
  }

  @org.junit.jupiter.api.AfterAll
  void report() {
    System.out.println("TenantIsolationTest: refusals by status " + statuses);
  }

  @Test
  void another_organizations_ids_in_the_path_are_not_found_on_every_route() {
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (HostileRequests.Operation operation : apiOperations()) {
      if (operation.pathParameters().isEmpty()) {
        continue;
      }
      String path = operation.template();
      for (String parameter : operation.pathParameters()) {
        path = path.replace("{" + parameter + "}", a.pathId(operation.template(), parameter));
      }
      if (path.equals(ownPath(operation))) {
        // it names nothing of A's own (an agent's name is the same in every organization)
        continue;
      }
      sent++;
      expect(operation, path, bodiesOfB.validBody(operation), NOT_FOUND_OR_FORBIDDEN, wrong);
    }

    assertThat(sent).isGreaterThan(40);
    assertThat(wrong).isEmpty();
  }

  @Test
  void another_organizations_ids_in_a_body_are_refused_on_every_route() {
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (HostileRequests.Operation operation : apiOperations()) {
      String valid = bodiesOfB.validBody(operation);
      if (valid == null) {
        continue;
      }
      for (String field : referenceFields(read(valid))) {
        ObjectNode body = read(valid);
        replaceReference(body, field, a.referenceId(field));
        sent++;
        ApiServer.Response theirs =
            expect(operation, ownPath(operation), body.toString(), REFUSED_REFERENCE, wrong);
        // no oracle: A's row is refused exactly like a row that exists nowhere
        ObjectNode unknown = read(valid);
        replaceReference(unknown, field, java.util.UUID.randomUUID().toString());
        ApiServer.Response nowhere =
            expect(operation, ownPath(operation), unknown.toString(), REFUSED_REFERENCE, wrong);
        if (theirs.status() != nowhere.status()
            || !theirs.errorFields().equals(nowhere.errorFields())) {
          wrong.add(operation.key() + " " + field + ": " + theirs.body() + " vs " + nowhere.body());
        }
      }
      ObjectNode foreignOrg = read(valid);
      if (foreignOrg.has("org_id")) {
        foreignOrg.put("org_id", a.tenant().orgId().toString());
        sent++;
        expect(operation, ownPath(operation), foreignOrg.toString(), Set.of(403), wrong);
      }
    }

    assertThat(sent).isGreaterThan(10);
    assertThat(wrong).isEmpty();
  }

  @Test
  void another_organizations_org_id_in_the_query_is_forbidden_on_every_route() {
    List<String> wrong = new ArrayList<>();
    for (HostileRequests.Operation operation : apiOperations()) {
      String path = ownPath(operation) + "?org_id=" + a.tenant().orgId();
      expect(operation, path, bodiesOfB.validBody(operation), Set.of(403), wrong);
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void no_read_of_one_organization_shows_another_organizations_rows() {
    Set<String> theirs =
        a.ids().values().stream().collect(Collectors.toCollection(java.util.HashSet::new));
    theirs.add(a.tenant().orgId().toString());
    List<String> leaks = new ArrayList<>();
    int reads = 0;
    for (HostileRequests.Operation operation : apiOperations()) {
      if (!operation.method().equals("GET")) {
        continue;
      }
      for (var role : dev.concierge.core.access.ApiRole.values()) {
        if (!ApiServer.rolesByRoute().get(operation.key()).contains(role)) {
          continue;
        }
        String key =
            switch (role) {
              case ADMIN -> b.tenant().adminKey();
              case CONCIERGE -> b.tenant().conciergeKey();
              case ANALYST -> b.tenant().analystKey();
            };
        ApiServer.Response response =
            ApiServer.send("GET", ownPath(operation) + readQuery(operation), key, null);
        reads++;
        assertThat(response.status()).as(operation.key()).isEqualTo(200);
        for (String id : theirs) {
          if (response.body().contains(id)) {
            leaks.add(operation.key() + " shows " + id);
          }
        }
      }
    }

    assertThat(reads).isGreaterThan(60);
    assertThat(leaks).isEmpty();
  }

  /**
   * Sends one of B's requests; it must be refused with one of {@code expected} and change nothing.
   */
  private ApiServer.Response expect(
      HostileRequests.Operation operation,
      String path,
      String body,
      Set<Integer> expected,
      List<String> wrong) {
    Map<String, String> before = current;
    ApiServer.Response response =
        ApiServer.send(operation.method(), path, b.tenant().adminKey(), body);
    Map<String, String> after = snapshots.take();
    current = after;
    statuses.merge(Integer.toString(response.status()), 1, Integer::sum);
    String what = operation.method() + " " + path + " " + (body == null ? "" : body);
    if (!expected.contains(response.status())) {
      wrong.add(what + " → " + response.status() + " " + response.body());
    } else if (!response.header("Content-Type").startsWith("application/problem+json")) {
      wrong.add(what + " → not a problem: " + response.body());
    }
    if (!after.equals(before)) {
      wrong.add(what + " changed " + ApiFuzzTest.Snapshots.difference(before, after));
    }
    return response;
  }

  /** Every /api/v1 operation that acts for a caller (signing in acts for nobody yet). */
  private static List<HostileRequests.Operation> apiOperations() {
    return HostileRequests.operations().stream()
        .filter(HostileRequests.Operation::underApi)
        .filter(operation -> !operation.open())
        .toList();
  }

  /** What a read needs besides its path: search looks for words both organizations' rows hold. */
  private static String readQuery(HostileRequests.Operation operation) {
    return operation.template().equals("/api/v1/search")
        ? "?q=Sarah%20or%20Daniel%20or%20anniversary%20or%20vegetarian%20or%20venues"
        : "";
  }

  private String ownPath(HostileRequests.Operation operation) {
    String path = operation.template();
    for (String parameter : operation.pathParameters()) {
      path = path.replace("{" + parameter + "}", b.pathId(operation.template(), parameter));
    }
    return path;
  }

  /** Fields of a body, top level or in an array of objects, that name a row of the tenant. */
  private List<String> referenceFields(ObjectNode body) {
    Map<String, Boolean> fields = new TreeMap<>();
    body.properties()
        .forEach(
            field -> {
              if (b.referenceId(field.getKey()) != null && field.getValue().isTextual()) {
                fields.put(field.getKey(), true);
              }
              for (JsonNode element : field.getValue()) {
                element
                    .fieldNames()
                    .forEachRemaining(
                        name -> {
                          if (b.referenceId(name) != null) {
                            fields.put(name, true);
                          }
                        });
              }
            });
    return new ArrayList<>(fields.keySet());
  }

  private static void replaceReference(ObjectNode body, String field, String id) {
    if (body.has(field)) {
      body.put(field, id);
    }
    body.forEach(
        value -> {
          for (JsonNode element : value) {
            if (element instanceof ObjectNode object && object.has(field)) {
              object.put(field, id);
            }
          }
        });
  }

  private static ObjectNode read(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
