package dev.concierge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.persistence.testing.SharedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** calendar export PERSON_ID: the demo client's dates as the iCalendar their feed serves. */
class CalendarCommandTest {
  private static final Pattern CLIENT =
      Pattern.compile("/api/v1/persons/([0-9a-f-]{36})/dashboard");

  @Test
  void export_prints_the_persons_dates_as_icalendar_and_an_unknown_person_fails() {
    Map<String, String> env =
        Map.of("DATABASE_URL", SharedPostgres.freshDatabase().jdbcUrl() + "?user=postgres");
    Matcher client = CLIENT.matcher(run(env, "demo", "seed")[1]);
    assertThat(client.find()).isTrue();

    String[] exported = run(env, "calendar", "export", client.group(1));
    String[] unknown = run(env, "calendar", "export", "7d0c0c8e-0000-4000-8000-000000000000");

    assertThat(exported[0]).isEqualTo("0");
    assertThat(exported[1])
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("BEGIN:VEVENT\r\n", "DTSTART;VALUE=DATE:")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(unknown[0]).isEqualTo("1");
    assertThat(unknown[2]).contains("person");
  }

  /** Exit code, standard output, standard error. */
  private static String[] run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ConciergeAdmin.execute(env, args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }
}
