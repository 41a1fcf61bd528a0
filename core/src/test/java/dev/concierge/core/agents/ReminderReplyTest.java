package dev.concierge.core.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import org.junit.jupiter.api.Test;

class ReminderReplyTest {

  @Test
  void the_first_line_is_the_subject_and_the_rest_the_body() {
    ComposedMessage message =
        ReminderReply.parse("\nMom's birthday\n\nHi Ada,\n\nit is on Saturday.\n", "claude-x");

    assertThat(message.subject()).isEqualTo("Mom's birthday");
    assertThat(message.text()).isEqualTo("Hi Ada,\n\nit is on Saturday.");
    assertThat(message.composedBy()).isEqualTo("claude-x");
  }

  @Test
  void a_label_a_heading_mark_or_bold_around_the_subject_is_dropped() {
    assertThat(ReminderReply.parse("Subject: Mom's birthday\n\nBody", "m").subject())
        .isEqualTo("Mom's birthday");
    assertThat(ReminderReply.parse("## SUBJECT: Mom's birthday\n\nBody", "m").subject())
        .isEqualTo("Mom's birthday");
    assertThat(ReminderReply.parse("**Mom's birthday**\n\nBody", "m").subject())
        .isEqualTo("Mom's birthday");
  }

  @Test
  void a_code_fence_around_the_reply_is_dropped() {
    ComposedMessage message = ReminderReply.parse("```text\nMom's birthday\n\nBody\n```", "m");

    assertThat(message.subject()).isEqualTo("Mom's birthday");
    assertThat(message.text()).isEqualTo("Body");
  }

  @Test
  void slack_bold_inside_the_body_is_kept() {
    assertThat(ReminderReply.parse("Reminder\n\n*Mom's birthday* is Saturday.", "m").text())
        .isEqualTo("*Mom's birthday* is Saturday.");
  }

  @Test
  void a_reply_without_both_subject_and_body_is_refused() {
    for (String reply :
        new String[] {null, "", "  \n\t", "Only a subject", "#\n\nBody", "```\n```"}) {
      assertThatThrownBy(() -> ReminderReply.parse(reply, "m"))
          .as("reply %s", reply)
          .isInstanceOf(UnavailableException.class);
    }
  }
}
