package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.persistence.DatabaseUrl;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} wired for real: DATABASE_URL pointing at an empty PostgreSQL (through a proxy the
 * test can cut), migrations on start, the HTTP API on a free port.
 */
class ServeEndToEndTest {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private TcpProxy proxy;
  private DatabaseUrl target;
  private RunningService service;

  @BeforeEach
  void serveAgainstAnEmptyDatabase(@TempDir Path dataDir) throws IOException {
    target = SharedPostgres.emptyDatabase();
    proxy = new TcpProxy(SharedPostgres.server().port());
    String database = target.jdbcUrl().substring(target.jdbcUrl().lastIndexOf('/') + 1);
    Map<String, String> env =
        Map.of(
            "DATABASE_URL",
            "postgresql://postgres@127.0.0.1:" + proxy.port() + "/" + database,
            "APP_VERSION",
            "2.0.0-test",
            "CONCIERGE_DATA_DIR",
            dataDir.toString());
    service = RunningService.start(Settings.from(env, "x").withPort(0));
  }

  @AfterEach
  void stop() throws IOException {
    service.close();
    proxy.close();
  }

  @Test
  void start_migrates_the_external_database_and_health_reports_it_up() throws Exception {
    HttpResponse<String> health = get("/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .isEqualTo(
            "{\"status\":\"ok\",\"version\":\"2.0.0-test\",\"database\":\"up\",\"slack\":\"off\"}");
    try (PostgresDatabase direct = PostgresDatabase.open(target, PoolSettings.DEFAULT);
        Connection connection = direct.dataSource().getConnection();
        ResultSet rs =
            connection.createStatement().executeQuery("select count(*) from date_categories")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(6);
    }
  }

  @Test
  void health_turns_503_while_the_database_is_gone_and_recovers_by_itself() throws Exception {
    assertThat(get("/health").statusCode()).isEqualTo(200);

    proxy.cut();
    HttpResponse<String> down = get("/health");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.body()).contains("\"database\":\"down\"");

    proxy.restore();
    assertThat(firstHealthyStatus(20)).isEqualTo(200);
  }

  /** Recovery needs the pool to notice; ask a bounded number of times, never sleeping. */
  private int firstHealthyStatus(int attempts) throws IOException, InterruptedException {
    int status = 0;
    for (int i = 0; i < attempts && status != 200; i++) {
      status = get("/health").statusCode();
    }
    return status;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .timeout(Duration.ofSeconds(15))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
