package dev.concierge.core.reminders.delivery;

/**
 * Words a reminder, e.g. through a language model. Implementations bound their own time (a timeout)
 * and throw when they cannot answer; the dispatcher then falls back to the template, so a reminder
 * is never dropped because composing failed.
 */
public interface ReminderComposer {
  ComposedMessage compose(ReminderContext context);
}
