package dev.concierge.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.model.ApiRole;
import dev.concierge.http.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The role table of docs/SECURITY.md is what the server enforces: same routes, same roles, and
 * every route refuses exactly the roles the table leaves out.
 */
class RoleTableTest {
  private static final String ALLOWED = "✓";
  private static final String REFUSED = "—";
  private static final String PUBLIC = "public";

  @Test
  void the_security_document_shows_the_roles_the_server_enforces() throws IOException {
    assertThat(documentedTable()).isNotEmpty().isEqualTo(new TreeMap<>(HttpServer.rolesByRoute()));
  }

  @Test
  void every_api_route_the_server_registers_is_in_the_table() {
    Set<String> registered =
        ApiServer.routes().stream()
            .filter(route -> route.contains(" /api/v1/"))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(registered).isEqualTo(new TreeSet<>(HttpServer.rolesByRoute().keySet()));
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
    for (var entry : HttpServer.rolesByRoute().entrySet()) {
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
    assertThat(checked).isEqualTo(HttpServer.rolesByRoute().size() * ApiRole.values().length);
  }

  /**
   * The table under "## Roles" in docs/SECURITY.md: | METHOD | /path | analyst | concierge | admin
   * |.
   */
  static Map<String, Set<ApiRole>> documentedTable() throws IOException {
    Map<String, Set<ApiRole>> table = new TreeMap<>();
    ApiRole[] columns = {ApiRole.ANALYST, ApiRole.CONCIERGE, ApiRole.ADMIN};
    for (String line : Files.readAllLines(securityDocument())) {
      String[] cells = line.split("\\|", -1);
      if (cells.length != 7 || !cells[1].strip().matches("GET|POST|PUT|PATCH|DELETE")) {
        continue;
      }
      String route = cells[1].strip() + " " + cells[2].strip().replace("`", "");
      Set<ApiRole> roles = EnumSet.noneOf(ApiRole.class);
      for (int i = 0; i < columns.length; i++) {
        String cell = cells[3 + i].strip();
        assertThat(cell).as(route).isIn(ALLOWED, REFUSED, PUBLIC);
        if (cell.equals(ALLOWED)) {
          roles.add(columns[i]);
        }
      }
      assertThat(table.put(route, roles)).as("listed twice: " + route).isNull();
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
