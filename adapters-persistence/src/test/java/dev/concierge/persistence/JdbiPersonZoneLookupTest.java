package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiPersonZoneLookupTest {
  private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");

  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiPersonZoneLookup zones = new JdbiPersonZoneLookup(jdbi);
  private UUID org;
  private UUID asha;

  @BeforeEach
  void organization() {
    org = TestOrganizations.create(jdbi, "Zones test org");
    asha = person(org, "Asia/Kathmandu");
  }

  @Test
  void persons_of_the_organization_are_found_deleted_ones_too_and_no_others() {
    UUID deleted = person(org, "Europe/Paris");
    jdbi.useHandle(
        h -> h.execute("update persons set deleted_at = now() where person_id = ?", deleted));
    UUID elsewhere = person(TestOrganizations.create(jdbi, "Other org"), "Asia/Tokyo");

    Map<UUID, ZoneId> found =
        zones.ofPersons(org, List.of(asha, deleted, elsewhere, UUID.randomUUID()));

    assertThat(found).isEqualTo(Map.of(asha, KATHMANDU, deleted, ZoneId.of("Europe/Paris")));
    assertThat(zones.ofPersons(org, List.of())).isEmpty();
  }

  @Test
  void a_conversation_project_or_reminder_has_the_zone_of_its_person() {
    UUID conversation =
        insert(
            "insert into conversations (org_id, person_id, channel_type) values (?, ?, 'sms')"
                + " returning conversation_id");
    UUID project =
        insert(
            "insert into projects (org_id, person_id, title) values (?, ?, 'Trip')"
                + " returning project_id");
    UUID reminder =
        insert(
            "insert into reminder_rules (org_id, person_id, reminder_type, scheduled_datetime)"
                + " values (?, ?, 'scheduled', now()) returning reminder_rule_id");

    assertThat(zones.ofConversation(org, conversation)).contains(KATHMANDU);
    assertThat(zones.ofProject(org, project)).contains(KATHMANDU);
    assertThat(zones.ofReminder(org, reminder)).contains(KATHMANDU);
    assertThat(zones.ofConversation(org, UUID.randomUUID())).isEmpty();
    assertThat(zones.ofProject(UUID.randomUUID(), project)).isEmpty();
  }

  private UUID person(UUID orgId, String zone) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into persons (org_id, full_name, person_type, timezone)"
                        + " values (?, 'Someone', 'client', ?) returning person_id")
                .bind(0, orgId)
                .bind(1, zone)
                .mapTo(UUID.class)
                .one());
  }

  private UUID insert(String sql) {
    return jdbi.withHandle(
        h -> h.createQuery(sql).bind(0, org).bind(1, asha).mapTo(UUID.class).one());
  }
}
