package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStatus;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.Project;
import dev.concierge.core.projects.ProjectStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's search page over plain HTTP: every role searches as searchEverything allows, each
 * hit links to the page that shows it with its found words marked, what was typed is escaped and
 * kept, another organization's records never show, and bad input is refused in place.
 */
class PortalSearchTest {
  private static ServedPortal portal;
  private static ServedPortal.Desk desk;
  private static Person harriet;
  private static Project trip;
  private static Conversation thread;

  @BeforeAll
  static void serve() {
    portal = ServedPortal.start();
    desk = portal.newDesk("Searching desk", ZoneId.of("Europe/London"));
    harriet =
        portal
            .concierge()
            .persons()
            .create(
                desk.operator(), NewPerson.client("Harriet <Vane>", ZoneId.of("Europe/London")));
    trip =
        portal
            .concierge()
            .projects()
            .create(
                desk.operator(),
                new NewProject(
                    harriet.personId(),
                    "Aspen ski week",
                    "Chalet, lift passes and a ski instructor for the children",
                    ProjectStatus.IN_PROGRESS,
                    null,
                    null,
                    null,
                    Metadata.EMPTY));
    thread =
        portal
            .concierge()
            .conversations()
            .start(
                desk.operator(),
                new NewConversation(
                    harriet.personId(),
                    ChannelType.EMAIL,
                    "Winter plans",
                    ConversationStatus.ACTIVE,
                    null,
                    Metadata.EMPTY));
    portal
        .concierge()
        .conversations()
        .log(
            desk.operator(),
            thread.conversationId(),
            new NewMessage(
                MessageDirection.INBOUND,
                SenderType.CLIENT,
                harriet.personId(),
                "Could the chalet in Aspen have a sauna & a view?",
                null,
                Metadata.EMPTY));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void every_role_finds_a_misspelt_client_and_a_trip_each_linked_to_the_page_that_shows_it()
      throws IOException, InterruptedException {
    for (String staff : new String[] {desk.concierge(), desk.analyst(), desk.admin()}) {
      HttpVisitor browser = new HttpVisitor(portal).signIn(staff);

      HttpResponse<String> byName = browser.get("/search?q=" + encode("Hariet Vane"));
      HttpResponse<String> byWord = browser.get("/search?q=aspen");

      assertThat(browser.get("/").body()).contains("href=\"/search\"");
      assertThat(byName.statusCode()).as(staff).isEqualTo(200);
      assertThat(byName.body())
          .contains("<a href=\"/clients/" + harriet.personId() + "\">Harriet &lt;Vane&gt;</a>")
          .doesNotContain("<Vane>");
      assertThat(byWord.statusCode()).as(staff).isEqualTo(200);
      assertThat(byWord.body())
          .contains("<a href=\"/projects/" + trip.projectId() + "\">Aspen ski week</a>")
          .contains("<a href=\"/conversations/" + thread.conversationId() + "\">")
          .contains("<mark>Aspen</mark>")
          // the message's own text, escaped around the marked word
          .contains("have a sauna &amp; a view</p>")
          .contains("found for “aspen”");
    }
  }

  @Test
  void one_kind_narrows_the_hits_and_the_form_keeps_what_was_picked()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.concierge());

    HttpResponse<String> projects = browser.get("/search?q=aspen&type=project");

    assertThat(projects.statusCode()).isEqualTo(200);
    assertThat(projects.body())
        .contains("href=\"/projects/" + trip.projectId() + "\"")
        .doesNotContain("href=\"/conversations/")
        .contains("<option value=\"project\" selected>Projects</option>")
        .contains("1 found for “aspen”");
  }

  @Test
  void another_organizations_records_never_show() throws IOException, InterruptedException {
    ServedPortal.Desk other = portal.newDesk("Other desk", ZoneId.of("Europe/London"));
    HttpVisitor browser = new HttpVisitor(portal).signIn(other.concierge());

    HttpResponse<String> page = browser.get("/search?q=aspen");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Nothing found for “aspen”.")
        .doesNotContain(trip.projectId().toString())
        .doesNotContain("Harriet");
  }

  @Test
  void an_unknown_kind_or_too_many_words_are_refused_in_place_with_the_words_kept()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.analyst());
    String long_ = "chalet ".repeat(40).strip();

    HttpResponse<String> kind = browser.get("/search?q=aspen&type=yachts");
    HttpResponse<String> words = browser.get("/search?q=" + encode(long_));
    HttpResponse<String> blank = browser.get("/search?q=++");

    assertThat(kind.statusCode()).isEqualTo(400);
    assertThat(kind.body())
        .contains("Only: is not one of the kinds listed")
        .contains("value=\"aspen\"")
        .doesNotContain("found for");
    assertThat(words.statusCode()).isEqualTo(400);
    assertThat(words.body())
        .contains("id=\"q-error\">Words: ")
        .contains("value=\"" + long_ + "\"")
        .contains("aria-invalid=\"true\"");
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.body()).doesNotContain("role=\"status\"").contains("id=\"q-hint\"");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
