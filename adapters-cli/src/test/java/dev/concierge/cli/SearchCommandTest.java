package dev.concierge.cli;

import static dev.concierge.cli.ConciergeAdminTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.cli.ConciergeAdminTest.Run;
import dev.concierge.persistence.testing.SharedPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** search "…": the API's search from the command line. */
class SearchCommandTest {
  private final Map<String, String> env =
      Map.of("DATABASE_URL", SharedPostgres.freshDatabase().jdbcUrl() + "?user=postgres");

  @Test
  void a_misspelt_name_of_the_demo_finds_the_person_first() {
    run(env, "demo", "seed");

    Run found = run(env, "search", "Hanna Berkowits", "--types", "person");

    assertThat(found.code()).as(found.err()).isZero();
    assertThat(found.out().lines().toList().get(0)).startsWith("RANK").contains("SNIPPET");
    assertThat(found.out().lines().toList().get(1)).contains("person").contains("Hannah Berkowitz");
    assertThat(found.out()).containsPattern("\\d+ hit\\(s\\)\\s*$");
  }

  @Test
  void an_unknown_kind_or_a_blank_text_is_one_error_line_naming_it() {
    Run kind = run(env, "search", "Sarah", "--types", "planet");
    Run blank = run(env, "search", " ");

    assertThat(kind.code()).isEqualTo(2);
    assertThat(kind.err()).contains("types");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("q");
  }
}
