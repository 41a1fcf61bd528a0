package dev.concierge.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.Caller;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.organization.NewOrganization;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.preferences.NewPreference;
import dev.concierge.core.preferences.PreferenceCategory;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.NewTask;
import dev.concierge.core.projects.Project;
import dev.concierge.core.relationships.NewRelationship;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.persistence.testing.SharedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An agent's context through the library's composition on PostgreSQL, from what the use cases
 * wrote: the person's zone decides their today, as the real schedule decides their dates.
 */
class AgentContextTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  // half past eleven in the evening in UTC is already Tuesday morning in Tokyo
  private static final Instant NOW = Instant.parse("2027-01-11T23:30:00Z");

  @Test
  void a_persons_context_is_read_in_one_go_from_what_the_use_cases_wrote_in_their_zone() {
    try (Concierge concierge =
        Concierge.builder()
            .database(SharedPostgres.migrated())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build()) {
      UUID org =
          concierge
              .organization()
              .create("context test", new NewOrganization("Context test org", TOKYO))
              .orgId();
      Caller desk = Caller.operator(org, "context test");
      Person sarah = concierge.persons().create(desk, NewPerson.client("Sarah Chen", TOKYO));
      Person linda =
          concierge
              .persons()
              .create(
                  desk,
                  new NewPerson(
                      "Linda Chen",
                      null,
                      PersonType.FAMILY_MEMBER,
                      LocalDate.of(1958, 1, 20),
                      TOKYO,
                      null));
      concierge
          .relationships()
          .add(desk, sarah.personId(), new NewRelationship(linda.personId(), "Mother"));
      concierge
          .dateItems()
          .create(
              desk,
              NewDateItem.yearly(
                  sarah.personId(),
                  "Mom's birthday",
                  LocalDate.of(1958, 1, 20),
                  NewReminder.daysBefore(7)));
      concierge
          .dateItems()
          .create(
              desk,
              NewDateItem.yearly(sarah.personId(), "Club renewal", LocalDate.of(2026, 1, 12)));
      Project party =
          concierge
              .projects()
              .create(
                  desk,
                  new NewProject(
                      sarah.personId(), "Emma's party", null, null, null, null, null, null));
      concierge
          .projects()
          .addTask(
              desk, party.projectId(), new NewTask("Book the venue", null, null, 1, null, null));
      concierge
          .preferences()
          .add(
              desk,
              sarah.personId(),
              new NewPreference(PreferenceCategory.FOOD, "Vegetarian", null, null, null, null));
      Conversation chat =
          concierge
              .conversations()
              .start(
                  desk,
                  new NewConversation(sarah.personId(), ChannelType.WEB, null, null, null, null));
      concierge
          .conversations()
          .log(
              desk,
              chat.conversationId(),
              new NewMessage(
                  MessageDirection.INBOUND, null, sarah.personId(), "Hello", null, null));

      String context =
          concierge.agentContext().build(desk, sarah.personId(), chat.conversationId());

      assertThat(context)
          .contains("- today: Tuesday 2027-01-12 in that zone\n")
          .contains("- lead-time reminders go out at 09:00 in that zone")
          .contains(
              "- \"Linda Chen\" (person_id "
                  + linda.personId()
                  + ", family_member, birthday 1958-01-20) is the \"mother\" of \"Sarah Chen\"\n")
          .contains("## Upcoming dates, from Tuesday 2027-01-12 to Saturday 2027-03-13 (2)\n")
          .contains("- Tuesday 2027-01-12 (today): \"Club renewal\"")
          .contains(
              "- Wednesday 2027-01-20 (in 8 days): \"Mom's birthday\", date_item_id ",
              "; repeats FREQ=YEARLY from 1958-01-20; reminders 7 days before\n")
          .contains("- \"Emma's party\", project_id " + party.projectId() + "; new; priority 3")
          .contains("  - \"Book the venue\", task_id ")
          .contains("- food: \"Vegetarian\" (preference_id ")
          .contains("1 message, oldest first\n")
          .contains("client (message_id ")
          .endsWith(": \"Hello\"\n");
      assertThat(concierge.agentContext().build(desk, sarah.personId(), chat.conversationId()))
          .isEqualTo(context);
    }
  }
}
