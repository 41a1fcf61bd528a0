package dev.concierge.web.view;

import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import java.time.Instant;

/** A reminder in a list: whose it is, about which date, and when it is (or was) to be sent. */
public record ReminderLine(ReminderRule rule, String personName, String dateTitle, Instant now) {
  public String sendTime() {
    return Show.time(rule.scheduledAt(), rule.zone());
  }

  public boolean overdue() {
    return rule.status() == ReminderStatus.PENDING
        && rule.scheduledAt() != null
        && !rule.scheduledAt().isAfter(now);
  }

  public String lead() {
    return rule.leadTimeDays() == null
        ? "one-time"
        : rule.leadTimeDays() + (rule.leadTimeDays() == 1 ? " day before" : " days before");
  }
}
