package dev.concierge.core.ports;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The time zone of persons, and of the person a conversation, project or reminder belongs to.
 * Deleted persons count: what belonged to them may still be read.
 */
public interface PersonZonesPort {
  /** The zones of those of {@code personIds} that are persons of the organization. */
  Map<UUID, ZoneId> zonesOfPersons(UUID orgId, Collection<UUID> personIds);

  Optional<ZoneId> zoneOfConversation(UUID orgId, UUID conversationId);

  Optional<ZoneId> zoneOfProject(UUID orgId, UUID projectId);

  Optional<ZoneId> zoneOfReminder(UUID orgId, UUID reminderRuleId);
}
