package dev.concierge.core.persons;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A read model: the time zones persons live in, and so that of the person a conversation, project
 * or reminder belongs to, each one indexed lookup. Deleted persons count: what belonged to them may
 * still be read. Implementations are thread-safe.
 */
public interface PersonZoneLookup {
  /** The zones of those of {@code personIds} that are persons of the organization. */
  Map<UUID, ZoneId> ofPersons(UUID orgId, Collection<UUID> personIds);

  Optional<ZoneId> ofConversation(UUID orgId, UUID conversationId);

  Optional<ZoneId> ofProject(UUID orgId, UUID projectId);

  Optional<ZoneId> ofReminder(UUID orgId, UUID reminderRuleId);
}
