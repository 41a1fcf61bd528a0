package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's own lifecycle. This is the one test that starts a server of its own
 * instead of using the shared one: what it checks is precisely starting, stopping and restarting.
 */
class EmbeddedDatabaseTest {

  @Test
  void data_survives_a_restart_and_a_second_process_attaches_instead_of_starting(
      @TempDir Path dataDir) {
    try (EmbeddedDatabase first = EmbeddedDatabase.startOrAttach(dataDir)) {
      assertThat(first.ownsServer()).isTrue();
      Jdbi.create(first.url().jdbcUrl(), "postgres", "")
          .useHandle(
              h -> h.execute("create table kept (v text); insert into kept values ('hello')"));

      try (EmbeddedDatabase second = EmbeddedDatabase.startOrAttach(dataDir)) {
        assertThat(second.ownsServer()).isFalse();
        assertThat(second.port()).isEqualTo(first.port());
      }
      // closing the attached one must leave the server running
      assertThat(EmbeddedDatabase.runningServerPort(first.dataDirectory())).hasValue(first.port());
    }
    assertThat(EmbeddedDatabase.runningServerPort(dataDir.resolve("postgres"))).isEmpty();

    try (EmbeddedDatabase restarted = EmbeddedDatabase.startOrAttach(dataDir)) {
      String kept =
          Jdbi.create(restarted.url().jdbcUrl(), "postgres", "")
              .withHandle(h -> h.createQuery("select v from kept").mapTo(String.class).one());
      assertThat(kept).isEqualTo("hello");
    }
  }

  @Test
  void the_server_of_an_installation_flushes_every_commit_to_disk(@TempDir Path dataDir) {
    try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(dataDir)) {
      Jdbi jdbi = Jdbi.create(database.url().jdbcUrl(), "postgres", "");

      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        String value =
            jdbi.withHandle(h -> h.createQuery("show " + setting).mapTo(String.class).one());
        assertThat(value).as(setting).isEqualTo("on");
      }
    }
  }

  @Test
  void the_buffers_take_an_eighth_of_the_memory_between_128_megabytes_and_one_gigabyte() {
    long gb = 1024L * 1024 * 1024;
    assertThat(EmbeddedDatabase.sharedBuffers(gb / 2)).isEqualTo("128MB");
    assertThat(EmbeddedDatabase.sharedBuffers(4 * gb)).isEqualTo("512MB");
    assertThat(EmbeddedDatabase.sharedBuffers(8 * gb)).isEqualTo("1024MB");
    assertThat(EmbeddedDatabase.sharedBuffers(64 * gb)).isEqualTo("1024MB");
  }

  @Test
  void the_server_of_an_installation_runs_with_its_sized_buffers(@TempDir Path dataDir) {
    try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(dataDir)) {
      Jdbi jdbi = Jdbi.create(database.url().jdbcUrl(), "postgres", "");

      long bytes =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "select setting::bigint * 8192 from pg_settings"
                              + " where name = 'shared_buffers'")
                      .mapTo(Long.class)
                      .one());
      String configured = EmbeddedDatabase.SERVER_DEFAULTS.get("shared_buffers");
      assertThat(bytes).isEqualTo(Long.parseLong(configured.replace("MB", "")) * 1024 * 1024);
    }
  }

  @Test
  void the_server_outlives_its_starter_while_another_process_uses_it_and_the_last_one_stops_it(
      @TempDir Path dataDir) throws Exception {
    EmbeddedDatabase starter = EmbeddedDatabase.startOrAttach(dataDir);
    Path pgData = starter.dataDirectory();
    int port = starter.port();
    // a session of another process: its application_name carries another pid
    java.util.Properties other = new java.util.Properties();
    other.setProperty("user", "postgres");
    other.setProperty("ApplicationName", "concierge-dispatch pid 1");
    EmbeddedDatabase attached;
    try (java.sql.Connection otherProcess =
        java.sql.DriverManager.getConnection(starter.url().jdbcUrl(), other)) {
      attached = EmbeddedDatabase.startOrAttach(dataDir);

      starter.close();
      boolean runningForOthers = EmbeddedDatabase.runningServerPort(pgData).isPresent();
      boolean stillUsable = otherProcess.isValid(2);

      assertThat(runningForOthers).isTrue();
      assertThat(stillUsable).isTrue();
      assertThat(pgData.resolve("concierge-stop-when-idle")).exists();
    }

    attached.close();

    assertThat(EmbeddedDatabase.runningServerPort(pgData)).isEmpty();
    assertThat(pgData.resolve("concierge-stop-when-idle")).doesNotExist();
    assertThat(port).isPositive();
  }
}
