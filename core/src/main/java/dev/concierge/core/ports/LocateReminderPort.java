package dev.concierge.core.ports;

import java.util.Optional;
import java.util.UUID;

/** Which organization a reminder belongs to, for operators who know only its id. */
public interface LocateReminderPort {
  Optional<UUID> organizationOfReminder(UUID reminderRuleId);
}
