package dev.concierge.core.persons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PersonZonesTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID ASHA = UUID.randomUUID();
  private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");

  private final List<Collection<UUID>> asked = new java.util.ArrayList<>();
  private final PersonZones zones =
      new PersonZones(
          new PersonZoneLookup() {
            @Override
            public Map<UUID, ZoneId> ofPersons(UUID orgId, Collection<UUID> personIds) {
              asked.add(personIds);
              return orgId.equals(ORG) && personIds.contains(ASHA)
                  ? Map.of(ASHA, KATHMANDU)
                  : Map.of();
            }

            @Override
            public Optional<ZoneId> ofConversation(UUID orgId, UUID conversationId) {
              return Optional.empty();
            }

            @Override
            public Optional<ZoneId> ofProject(UUID orgId, UUID projectId) {
              return Optional.of(KATHMANDU);
            }

            @Override
            public Optional<ZoneId> ofReminder(UUID orgId, UUID reminderRuleId) {
              return Optional.empty();
            }
          });
  private final Caller caller = Caller.apiKey(UUID.randomUUID(), ORG, "portal", ApiRole.ANALYST);

  @Test
  void a_persons_zone_is_theirs_and_utc_for_no_person_or_one_not_found() {
    assertThat(zones.ofPerson(caller, ASHA)).isEqualTo(KATHMANDU);
    assertThat(zones.ofPerson(caller, UUID.randomUUID())).isEqualTo(ZoneOffset.UTC);
    assertThat(zones.ofPerson(caller, null)).isEqualTo(ZoneOffset.UTC);
    assertThat(zones.ofConversation(caller, UUID.randomUUID())).isEqualTo(ZoneOffset.UTC);
    assertThat(zones.ofProject(caller, UUID.randomUUID())).isEqualTo(KATHMANDU);
  }

  @Test
  void the_zones_of_a_page_are_asked_for_at_once_each_person_once() {
    UUID other = UUID.randomUUID();
    asked.clear();

    Function<UUID, ZoneId> zone =
        zones.ofPersons(caller, java.util.Arrays.asList(ASHA, other, ASHA, null));

    assertThat(asked).containsExactly(List.of(ASHA, other));
    assertThat(zone.apply(ASHA)).isEqualTo(KATHMANDU);
    assertThat(zone.apply(other)).isEqualTo(ZoneOffset.UTC);
    assertThat(zone.apply(null)).isEqualTo(ZoneOffset.UTC);
  }
}
