package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.UnavailableException;
import dev.concierge.persistence.testing.SharedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

  @Test
  void an_unreachable_database_is_reported_in_one_line_naming_where() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app:secret@127.0.0.1:" + closedPort + "/x");

    assertThatThrownBy(() -> PostgresDatabase.open(url, PoolSettings.DEFAULT))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining(
            "cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort)
        .hasMessageNotContaining("secret")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void a_missing_database_is_reported_by_name() {
    DatabaseUrl url = SharedPostgres.server().url("no_such_database");

    assertThatThrownBy(() -> PostgresDatabase.open(url, PoolSettings.DEFAULT))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("no_such_database")
        .hasMessageContaining("does not exist");
  }

  @Test
  void a_reachable_database_reports_itself_up() {
    assertThat(SharedPostgres.migrated().isDatabaseReachable()).isTrue();
  }
}
