package dev.concierge.core.reminders.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderTemplateTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private final ReminderTemplate template = new ReminderTemplate();

  @Test
  void a_dated_reminder_names_the_date_the_day_and_the_notes() {
    ComposedMessage message =
        template.compose(
            new ReminderContext(
                ORG,
                "Sarah",
                NEW_YORK,
                ChannelType.EMAIL,
                "Mom's birthday",
                "Birthday",
                LocalDate.of(2027, 3, 15),
                14,
                "She likes peonies",
                "Linda"));

    assertThat(message.subject()).isEqualTo("Mom's birthday in 14 days");
    assertThat(message.text())
        .contains("Hi Sarah", "Mom's birthday", "in 14 days", "Monday, March 15")
        .contains("Notes: She likes peonies");
  }

  @Test
  void a_standalone_reminder_says_what_it_is_for() {
    ComposedMessage message =
        template.compose(
            new ReminderContext(
                ORG,
                "Sarah",
                NEW_YORK,
                ChannelType.SLACK,
                null,
                null,
                null,
                null,
                "Call the florist about the peonies",
                null));

    assertThat(message.subject()).isEqualTo("Reminder: Call the florist about the peonies");
    assertThat(message.text())
        .contains("A reminder: Call the florist about the peonies.")
        .doesNotContain("Notes:");
  }

  @Test
  void a_long_action_keeps_the_subject_to_one_short_line_and_the_text_whole() {
    String action =
        "Book the table " + "for the whole family ".repeat(6) + "\nand confirm the cake";
    ComposedMessage message =
        template.compose(
            new ReminderContext(
                ORG, "Sarah", NEW_YORK, ChannelType.EMAIL, null, null, null, null, action, null));

    assertThat(message.subject()).hasSizeLessThanOrEqualTo("Reminder: ".length() + 80);
    assertThat(message.subject()).doesNotContain("\n").endsWith("…");
    assertThat(message.text()).contains("and confirm the cake");
  }

  @Test
  void a_reminder_with_nothing_to_say_still_says_it_is_the_one_asked_for() {
    ComposedMessage message =
        template.compose(
            new ReminderContext(
                ORG, "Sarah", NEW_YORK, ChannelType.EMAIL, null, null, null, null, "  ", null));

    assertThat(message.subject()).isEqualTo("A reminder from your concierge");
    assertThat(message.text()).contains("This is the reminder you asked us for.");
  }
}
