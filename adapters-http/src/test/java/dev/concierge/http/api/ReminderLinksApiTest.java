package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.agents.TestClock;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.persistence.PoolSettings;
import dev.concierge.persistence.PostgresDatabase;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The link an email reminder carries, followed as a person would: on a server and database of this
 * test's own (its dispatcher must not send the shared database's reminders), whose emails reach an
 * inbox the test reads.
 */
class ReminderLinksApiTest {
  private static final Pattern LINK = Pattern.compile("https://desk\\.example/r/(\\S+)");

  /** Where the server's emails go: every message it sent, as sent. */
  private static final List<OutboundMessage> INBOX = new CopyOnWriteArrayList<>();

  private static PostgresDatabase database;
  private static TestClock clock;
  private static ServedApi server;

  @BeforeAll
  static void ownServer() {
    database = PostgresDatabase.open(SharedPostgres.freshDatabase(), PoolSettings.DEFAULT);
    clock = new TestClock(ApiServer.NOW);
    server =
        ServedApi.onOwnDatabase(
            database,
            clock,
            builder ->
                builder
                    .publicUrl(URI.create("https://desk.example"))
                    .sender(
                        new MessageSender() {
                          @Override
                          public String provider() {
                            return "inbox";
                          }

                          @Override
                          public Set<ChannelType> channels() {
                            return Set.of(ChannelType.EMAIL);
                          }

                          @Override
                          public SendResult send(OutboundMessage message) {
                            INBOX.add(message);
                            return new SendResult.Delivered("msg-" + INBOX.size());
                          }
                        }));
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  private static ApiServer.Response call(
      String method, String path, String key, String... headers) {
    return ApiServer.sendTo(server.port(), method, path, key, null, headers);
  }

  @Test
  void the_email_link_records_the_first_opening_and_one_done_and_the_history_shows_both() {
    UUID org = TestOrganizations.create(database.jdbi(), "Links test org");
    String key = server.apiKeys().issue(org, ApiRole.ADMIN, "desk", "test").secret();
    String sarah =
        ApiServer.sendTo(
                server.port(),
                "POST",
                "/api/v1/persons",
                key,
                json(
                    "full_name", "Sarah Chen", "person_type", "client", "timezone", "Europe/Paris"))
            .id();
    ApiServer.sendTo(
        server.port(),
        "POST",
        "/api/v1/persons/" + sarah + "/comm-identities",
        key,
        json("channel_type", "email", "identity_value", "sarah@example.com"));
    String reminder =
        ApiServer.sendTo(
                server.port(),
                "POST",
                "/api/v1/reminders",
                key,
                json(
                    "person_id",
                    sarah,
                    "reminder_type",
                    "scheduled",
                    "scheduled_datetime",
                    clock.instant().minusSeconds(60).toString()))
            .id();
    server.concierge().dispatcher().dispatchUntilIdle();
    OutboundMessage email =
        INBOX.stream()
            .filter(m -> m.recipient().equals("sarah@example.com"))
            .findFirst()
            .orElseThrow();
    Matcher link = LINK.matcher(email.text());
    assertThat(link.find()).as(email.text()).isTrue();
    String page = "/r/" + link.group(1);

    ApiServer.Response opened = call("GET", page, null, "Accept", "text/html");
    clock.advance(Duration.ofMinutes(5));
    call("GET", page, null, "Accept", "text/html");
    JsonNode seen = history(reminder, key);
    ApiServer.Response done = call("POST", page, null, "Accept", "text/html");
    ApiServer.Response again = call("POST", page, null, "Accept", "text/html");
    JsonNode answered = history(reminder, key);

    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.header("Content-Type")).startsWith("text/html");
    assertThat(opened.body()).contains("<form method=\"post\">").doesNotContain("<img");
    assertThat(seen.get("viewed_at").asText()).isEqualTo("2025-10-27T15:00:00+01:00");
    assertThat(seen.get("acknowledged_at").isNull()).isTrue();
    assertThat(seen.get("rendered_message").asText()).doesNotContain("/r/");
    assertThat(done.body()).contains("we have noted that you are done");
    assertThat(again.body()).contains("already told us");
    assertThat(answered.get("acknowledgement").asText()).isEqualTo("done");
    assertThat(answered.get("acknowledged_by").asText()).isEqualTo("email link");
    assertThat(answered.get("viewed_at")).isEqualTo(seen.get("viewed_at"));
    JsonNode audit =
        call("GET", "/api/v1/audit-log?entity_id=" + reminder + "&action=acknowledge", key).json();
    assertThat(audit).hasSize(1);
  }

  @Test
  void a_link_that_is_not_ours_finds_nothing() {
    String forged = "/r/" + "A".repeat(75);

    ApiServer.Response asPage = call("GET", forged, null, "Accept", "text/html");
    ApiServer.Response asProgram = call("POST", forged, null);

    assertThat(asPage.status()).isEqualTo(404);
    assertThat(asPage.body()).contains("not valid");
    assertThat(asProgram.status()).isEqualTo(404);
    assertThat(asProgram.header("Content-Type")).startsWith("application/problem+json");
  }

  private static JsonNode history(String reminder, String key) {
    return call("GET", "/api/v1/reminders/" + reminder + "/history", key).json().get(0);
  }
}
