package dev.concierge.persistence;

import dev.concierge.core.ports.PersonZonesPort;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Persons' time zones, deleted persons included (what belonged to them may still be read), each one
 * indexed lookup. Thread-safe.
 */
public final class JdbiPersonZones implements PersonZonesPort {
  private final Jdbi jdbi;

  public JdbiPersonZones(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Map<UUID, ZoneId> zonesOfPersons(UUID orgId, Collection<UUID> personIds) {
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
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getObject("person_id", UUID.class), Columns.zone(rs, "timezone")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Override
  public Optional<ZoneId> zoneOfConversation(UUID orgId, UUID conversationId) {
    return zoneOfOwner("conversations", "conversation_id", orgId, conversationId);
  }

  @Override
  public Optional<ZoneId> zoneOfProject(UUID orgId, UUID projectId) {
    return zoneOfOwner("projects", "project_id", orgId, projectId);
  }

  @Override
  public Optional<ZoneId> zoneOfReminder(UUID orgId, UUID reminderRuleId) {
    return zoneOfOwner("reminder_rules", "reminder_rule_id", orgId, reminderRuleId);
  }

  /** The zone of the person a row of {@code table} (with a person_id) belongs to. */
  private Optional<ZoneId> zoneOfOwner(String table, String key, UUID orgId, UUID id) {
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
                .mapTo(String.class)
                .findOne()
                .map(ZoneId::of));
  }
}
