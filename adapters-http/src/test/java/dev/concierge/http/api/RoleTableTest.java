package dev.concierge.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ApiRole;
import dev.concierge.http.ApiOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The role table of docs/SECURITY.md is the one the operations' declarations make, and it is what
 * the server enforces: every operation refuses exactly the roles the table leaves out.
 */
class RoleTableTest {
  private static final String ALLOWED = "✓";
  private static final String REFUSED = "—";
  private static final String PUBLIC = "public";
  private static final String HEADER =
      "| Method | Route | Operation | analyst | concierge | admin |";

  @Test
  void the_security_document_shows_the_table_the_declarations_make() throws IOException {
    List<String> expected = expectedTable();

    assertThat(documentedTable())
        .as(
            "docs/SECURITY.md's role table should read, as the operations are declared:%n%s%n",
            String.join("\n", expected))
        .isEqualTo(expected);
  }

  @Test
  void every_api_route_the_server_registers_is_a_declared_operation() {
    Set<String> registered =
        ApiServer.routes().stream()
            .filter(route -> route.contains(" /api/v1/"))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(registered).isEqualTo(new TreeSet<>(ApiServer.rolesByRoute().keySet()));
  }

  @Test
  void every_route_refuses_exactly_the_roles_the_table_leaves_out() {
    ApiServer.Tenant tenant = ApiServer.newTenant();
    Map<ApiRole, String> keys =
        Map.of(
            ApiRole.ADMIN, tenant.adminKey(),
            ApiRole.CONCIERGE, tenant.conciergeKey(),
            ApiRole.ANALYST, tenant.analystKey());
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (var entry : ApiServer.rolesByRoute().entrySet()) {
      String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
      // unknown ids: the role check comes before any lookup, so the answer is 403 or not at once
      String path =
          entry
              .getKey()
              .substring(method.length() + 1)
              .replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
      String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;
      for (ApiRole role : ApiRole.values()) {
        ApiServer.Response response = ApiServer.send(method, path, keys.get(role), body);
        boolean allowed = entry.getValue().isEmpty() || entry.getValue().contains(role);
        boolean refused = response.status() == 403;
        if (allowed == refused) {
          wrong.add(entry.getKey() + " as " + role.wireName() + " → " + response.status());
        }
        if (refused) {
          assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        checked++;
      }
    }

    assertThat(wrong).isEmpty();
    assertThat(checked).isEqualTo(ApiServer.rolesByRoute().size() * ApiRole.values().length);
  }

  /** The table as the declarations make it: one row per /api/v1 operation, in their order. */
  private static List<String> expectedTable() {
    List<String> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.add("|---|---|---|:-:|:-:|:-:|");
    for (ApiOperation operation : ApiServer.operations()) {
      if (!operation.path().startsWith("/api/v1/")) {
        continue;
      }
      StringBuilder row =
          new StringBuilder("| ")
              .append(operation.method())
              .append(" | `")
              .append(operation.path())
              .append("` | `")
              .append(operation.operationId())
              .append("` |");
      for (ApiRole role : new ApiRole[] {ApiRole.ANALYST, ApiRole.CONCIERGE, ApiRole.ADMIN}) {
        String cell =
            operation.roles().isEmpty()
                ? PUBLIC
                : operation.roles().contains(role) ? ALLOWED : REFUSED;
        row.append(' ').append(cell).append(" |");
      }
      rows.add(row.toString());
    }
    return rows;
  }

  /** The lines of the table under "## Roles" in docs/SECURITY.md, from its header row on. */
  private static List<String> documentedTable() throws IOException {
    List<String> lines = Files.readAllLines(securityDocument());
    int header = lines.indexOf(HEADER);
    if (header < 0) {
      return List.of();
    }
    List<String> table = new ArrayList<>();
    for (int i = header; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      table.add(lines.get(i));
    }
    return table;
  }

  private static Path securityDocument() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs/SECURITY.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "docs/SECURITY.md not found above " + Path.of("").toAbsolutePath());
  }
}
