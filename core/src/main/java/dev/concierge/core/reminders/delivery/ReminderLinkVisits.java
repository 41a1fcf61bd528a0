package dev.concierge.core.reminders.delivery;

import dev.concierge.core.reminders.ReminderAnswerOutcome;
import dev.concierge.core.reminders.ReminderDelivery;
import dev.concierge.core.reminders.Reminders;
import java.util.Objects;
import java.util.Optional;

/**
 * What the link of an email reminder does when its person follows it: opening the page records that
 * they saw it (once: {@code viewed_at} keeps the first time), and its button that they are done
 * with it (once, as Slack's Done button: a second press changes nothing). A token that is not ours,
 * or names a cycle that was never delivered, finds nothing. Thread-safe.
 */
public final class ReminderLinkVisits {
  private final ReminderLinks links;
  private final Reminders reminders;

  /**
   * @param links null when the installation has no public URL: then no link was sent, and none
   *     finds anything
   */
  public ReminderLinkVisits(ReminderLinks links, Reminders reminders) {
    this.links = links;
    this.reminders = Objects.requireNonNull(reminders, "reminders");
  }

  /** The delivery the link names, its first opening recorded; empty when there is none. */
  public Optional<ReminderDelivery> open(String token) {
    return cycle(token)
        .flatMap(c -> reminders.openedByLink(c.orgId(), c.reminderRuleId(), c.cycle()));
  }

  /** Marks the delivery the link names as done; empty when there is none. */
  public Optional<ReminderAnswerOutcome> done(String token) {
    return cycle(token)
        .map(c -> reminders.doneByLink(c.orgId(), c.reminderRuleId(), c.cycle()))
        .filter(outcome -> outcome.result() != ReminderAnswerOutcome.Result.NOT_FOUND);
  }

  private Optional<ReminderLinks.LinkedCycle> cycle(String token) {
    return links == null || token == null ? Optional.empty() : links.read(token);
  }
}
