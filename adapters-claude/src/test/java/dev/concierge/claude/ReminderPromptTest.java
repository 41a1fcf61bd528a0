package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.ReminderContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReminderPromptTest {

  @Test
  void a_standalone_reminder_carries_only_the_facts_it_has() {
    ReminderContext standalone =
        new ReminderContext(
            "Ada", ZoneId.of("Asia/Tokyo"), ChannelType.EMAIL, null, null, null, null, " ", null);

    assertThat(ReminderPrompt.user(standalone))
        .isEqualTo(
            "Write the reminder from these facts.\nClient: Ada\nClient's time zone: Asia/Tokyo\n")
        .doesNotContain("null");
  }

  @Test
  void today_and_tomorrow_are_spelled_out() {
    assertThat(ReminderPrompt.user(dueIn(0))).contains("Days left: 0 (it is today)");
    assertThat(ReminderPrompt.user(dueIn(1))).contains("Days left: 1 (it is tomorrow)");
    assertThat(ReminderPrompt.user(dueIn(7))).contains("Days left: 7\n");
  }

  @Test
  void each_channel_gets_its_own_style_and_the_same_rules() {
    String slack = ReminderPrompt.system(ChannelType.SLACK);
    String email = ReminderPrompt.system(ChannelType.EMAIL);
    String sms = ReminderPrompt.system(ChannelType.SMS);

    assertThat(slack).contains("on Slack", "*bold*");
    assertThat(email).contains("by email", "no markdown").doesNotContain("*bold*");
    assertThat(sms).contains("text message", "no markdown");
    for (String system : new String[] {slack, email, sms}) {
      assertThat(system)
          .contains("personal concierge", "how many days are left", "notes", "never invent")
          .contains("subject on the first line, then a blank line, then the message body");
    }
  }

  private static ReminderContext dueIn(int days) {
    return new ReminderContext(
        "Ada",
        ZoneId.of("UTC"),
        ChannelType.SLACK,
        "Anniversary",
        null,
        LocalDate.of(2026, 1, 1).plusDays(days),
        days,
        null,
        null);
  }
}
