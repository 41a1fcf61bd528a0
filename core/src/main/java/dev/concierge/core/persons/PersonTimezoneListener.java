package dev.concierge.core.persons;

import java.util.UUID;

/**
 * Told, inside the transaction of the change, that a person's time zone changed: whatever is placed
 * in time by their zone (dates, reminders) must move with it.
 */
@FunctionalInterface
public interface PersonTimezoneListener {
  PersonTimezoneListener NONE = (orgId, personId) -> {};

  void timezoneChanged(UUID orgId, UUID personId);
}
