package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
