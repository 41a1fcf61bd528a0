package dev.concierge.web.view;

import dev.concierge.core.reminders.ReminderDelivery;
import java.util.List;

/** A reminder with every attempt to deliver it. */
public record ReminderView(ReminderLine line, List<ReminderDelivery> history, boolean retried) {}
