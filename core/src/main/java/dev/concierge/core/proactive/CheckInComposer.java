package dev.concierge.core.proactive;

import dev.concierge.core.reminders.delivery.ComposedMessage;

/**
 * Words a check-in, e.g. through a language model. Implementations bound their own time and throw
 * when they cannot answer; the run then uses {@link CheckInTemplate}, so a client is never skipped
 * because composing failed.
 */
public interface CheckInComposer {
  ComposedMessage compose(CheckInContext context);
}
