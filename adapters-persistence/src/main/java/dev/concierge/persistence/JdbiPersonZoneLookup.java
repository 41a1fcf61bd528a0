package dev.concierge.persistence;

import dev.concierge.core.persons.PersonZoneLookup;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;

/**
 * Persons' time zones, deleted persons included (what belonged to them may still be read), each one
 * indexed lookup. Thread-safe.
 */
public final class JdbiPersonZoneLookup implements PersonZoneLookup {
  private final Jdbi jdbi;

  public JdbiPersonZoneLookup(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Map<UUID, ZoneId> ofPersons(UUID orgId, Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select person_id, timezone from persons"
                        + " where org_id = :orgId and person_id = any(:ids)")
                .bind("orgId", orgId)
                .bindArray("ids", UUID.class, List.copyOf(personIds))
                .setMapKeyColumn("person_id")
                .setMapValueColumn("timezone")
                .collectInto(new GenericType<Map<UUID, ZoneId>>() {}));
  }

  @Override
  public Optional<ZoneId> ofConversation(UUID orgId, UUID conversationId) {
    return ofOwner("conversations", "conversation_id", orgId, conversationId);
  }

  @Override
  public Optional<ZoneId> ofProject(UUID orgId, UUID projectId) {
    return ofOwner("projects", "project_id", orgId, projectId);
  }

  @Override
  public Optional<ZoneId> ofReminder(UUID orgId, UUID reminderRuleId) {
    return ofOwner("reminder_rules", "reminder_rule_id", orgId, reminderRuleId);
  }

  /** The zone of the person a row of {@code table} (with a person_id) belongs to. */
  private Optional<ZoneId> ofOwner(String table, String key, UUID orgId, UUID id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select p.timezone from "
                        + table
                        + " x join persons p on p.org_id = x.org_id and p.person_id = x.person_id"
                        + " where x.org_id = :orgId and x."
                        + key
                        + " = :id")
                .bind("orgId", orgId)
                .bind("id", id)
                .mapTo(ZoneId.class)
                .findOne());
  }
}
