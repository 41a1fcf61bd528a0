package dev.concierge.core.ports;

import dev.concierge.core.identities.CommIdentity;

/**
 * Binds the person's pending rules waiting for an identity on the identity's channel (or on any
 * channel) to it; returns how many.
 */
public interface BindWaitingRemindersPort {
  int bindWaitingReminders(CommIdentity identity);
}
