package dev.concierge.core.frontdesk;

import dev.concierge.core.reminders.ReminderAnswer;
import java.util.Objects;
import java.util.UUID;

/**
 * A press of a button under a reminder the channel delivered.
 *
 * @param workspace where it was pressed (Slack's {@code team_id}), which names the organization
 * @param pressedBy who pressed it, as the channel names them (a Slack user id)
 * @param reminderRuleId the reminder the button names
 * @param deliveredAs the channel's id of the message the button is under, as the delivery recorded
 *     it (Slack's {@code channel:ts})
 * @param requestId what the channel calls this press, for the audit log
 */
public record ReminderPress(
    String workspace,
    String pressedBy,
    UUID reminderRuleId,
    String deliveredAs,
    ReminderAnswer answer,
    String requestId) {

  public ReminderPress {
    Objects.requireNonNull(pressedBy, "pressedBy");
    Objects.requireNonNull(reminderRuleId, "reminderRuleId");
    Objects.requireNonNull(deliveredAs, "deliveredAs");
    Objects.requireNonNull(answer, "answer");
  }
}
