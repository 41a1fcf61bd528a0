package dev.concierge.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.concierge.core.reminders.ReminderAnswer;
import dev.concierge.core.reminders.ReminderAnswerOutcome;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The Block Kit of a Slack reminder: its text, and three buttons whose {@code action_id}s are
 * {@code reminder_done}, {@code reminder_snooze_1d} and {@code reminder_snooze_1w} and whose {@code
 * value} is the reminder's id; and what the message becomes once a button is pressed.
 */
final class ReminderButtons {
  static final String ACTION_PREFIX = "reminder_";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.ENGLISH);

  private ReminderButtons() {}

  /** The reminder's text (already escaped for Slack) with its buttons. */
  static List<LayoutBlock> of(String slackText, UUID reminderRuleId) {
    String value = reminderRuleId.toString();
    return asBlocks(
        section(s -> s.text(markdownText(slackText))),
        actions(
            a ->
                a.blockId("reminder_answer")
                    .elements(
                        asElements(
                            button(
                                b ->
                                    b.actionId(actionId(ReminderAnswer.DONE))
                                        .text(plainText("Done"))
                                        .style("primary")
                                        .value(value)),
                            button(
                                b ->
                                    b.actionId(actionId(ReminderAnswer.SNOOZE_1D))
                                        .text(plainText("Remind me tomorrow"))
                                        .value(value)),
                            button(
                                b ->
                                    b.actionId(actionId(ReminderAnswer.SNOOZE_1W))
                                        .text(plainText("Remind me in a week"))
                                        .value(value))))));
  }

  static String actionId(ReminderAnswer answer) {
    return ACTION_PREFIX + answer.wireName();
  }

  /** The answer a button's {@code action_id} names; empty for any other action. */
  static Optional<ReminderAnswer> answerOf(String actionId) {
    if (actionId == null || !actionId.startsWith(ACTION_PREFIX)) {
      return Optional.empty();
    }
    return ReminderAnswer.fromWireName(actionId.substring(ACTION_PREFIX.length()));
  }

  /**
   * The message after a press: the reminder's text, no buttons, and a line saying what was chosen
   * and by whom, or why nothing changed.
   */
  static List<LayoutBlock> answered(String slackText, String verdict) {
    return asBlocks(
        section(s -> s.text(markdownText(slackText))),
        context(c -> c.elements(List.of(markdownText(verdict)))));
  }

  /** The line that says what a press did, naming who pressed ({@code <@U…>}, as Slack shows it). */
  static String verdict(ReminderAnswerOutcome outcome, String pressedBy) {
    String who = "<@" + pressedBy + ">";
    return switch (outcome.result()) {
      case DONE -> ":white_check_mark: Marked done by " + who + ".";
      case SNOOZED ->
          ":alarm_clock: "
              + who
              + " asked to be reminded again on "
              + WHEN.format(outcome.remindAgainAt().atZone(zoneOf(outcome)))
              + ".";
      case ALREADY_ANSWERED ->
          "Nothing changed: this reminder was already answered ("
              + describe(outcome.delivery().acknowledgement())
              + " by <@"
              + outcome.delivery().acknowledgedBy()
              + ">).";
      case NO_LONGER_CURRENT ->
          "Nothing changed: this reminder has moved on since this message was sent.";
      case NOT_FOUND -> "Nothing changed: this reminder is not one of this workspace's.";
    };
  }

  private static String describe(String acknowledgement) {
    return ReminderAnswer.fromWireName(acknowledgement)
        .map(
            answer ->
                switch (answer) {
                  case DONE -> "marked done";
                  case SNOOZE_1D -> "snoozed for a day";
                  case SNOOZE_1W -> "snoozed for a week";
                })
        .orElse(acknowledgement);
  }

  private static ZoneId zoneOf(ReminderAnswerOutcome outcome) {
    return outcome.rule() == null || outcome.rule().zone() == null
        ? ZoneOffset.UTC
        : outcome.rule().zone();
  }
}
