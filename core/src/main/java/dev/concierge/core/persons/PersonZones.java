package dev.concierge.core.persons;

import dev.concierge.core.access.Caller;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The zone an instant is shown in: that of the person it concerns, so that a reminder's time, its
 * delivery attempts and a message's time read as the person lives them; UTC for what belongs to no
 * person. Read-only and for every role: it tells nothing about rows the caller has not already been
 * shown.
 */
public final class PersonZones {
  private final PersonZoneLookup zones;

  public PersonZones(PersonZoneLookup zones) {
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  /** The person's zone; UTC for no person (null). */
  public ZoneId ofPerson(Caller caller, UUID personId) {
    return personId == null ? ZoneOffset.UTC : ofPersons(caller, List.of(personId)).apply(personId);
  }

  /** Each person's zone, looked up at once; UTC for no person (null). */
  public Function<UUID, ZoneId> ofPersons(Caller caller, Collection<UUID> personIds) {
    Map<UUID, ZoneId> found =
        zones.ofPersons(
            caller.orgId(), personIds.stream().filter(Objects::nonNull).distinct().toList());
    return personId ->
        personId == null ? ZoneOffset.UTC : found.getOrDefault(personId, ZoneOffset.UTC);
  }

  public ZoneId ofConversation(Caller caller, UUID conversationId) {
    return zones.ofConversation(caller.orgId(), conversationId).orElse(ZoneOffset.UTC);
  }

  public ZoneId ofProject(Caller caller, UUID projectId) {
    return zones.ofProject(caller.orgId(), projectId).orElse(ZoneOffset.UTC);
  }

  public ZoneId ofReminder(Caller caller, UUID reminderRuleId) {
    return zones.ofReminder(caller.orgId(), reminderRuleId).orElse(ZoneOffset.UTC);
  }
}
