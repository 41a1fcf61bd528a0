package dev.concierge.core.ports;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.reminders.ReminderDelivery;
import java.util.UUID;

/** The delivery attempts of a reminder rule, newest first. */
public interface ListReminderDeliveriesPort {
  Page<ReminderDelivery> listReminderDeliveries(UUID orgId, UUID reminderRuleId, PageRequest page);
}
