package dev.concierge.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OrganizationsTest {
  private final InMemoryOrganizationStore store = new InMemoryOrganizationStore();
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final Organizations organizations =
      new Organizations(store, store, new AuditTrail(audited, Supplier::get));

  @Test
  void a_new_organization_is_the_operators_first_write_in_its_own_audit_log() {
    Organization created =
        organizations.create(
            "concierge-admin orgs",
            new NewOrganization(" Maison Dupont ", ZoneId.of("Europe/Paris")));

    assertThat(store.all()).containsExactly(created);
    assertThat(created.name()).isEqualTo("Maison Dupont");
    assertThat(created.reminderSendTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.orgId()).isEqualTo(created.orgId());
              assertThat(entry.entityId()).isEqualTo(created.orgId());
              assertThat(entry.entityType()).isEqualTo(EntityType.ORGANIZATION);
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.actorType()).isEqualTo(ActorType.CLI);
              assertThat(entry.actorName()).isEqualTo("concierge-admin orgs");
              assertThat(entry.fields()).containsExactly("name", "default_timezone");
            });
  }

  @Test
  void without_a_zone_new_persons_are_placed_in_utc() {
    Organization created = organizations.create("op", new NewOrganization("Hotel", null));

    assertThat(created.defaultTimezone()).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void a_missing_blank_or_overlong_name_is_refused_and_nothing_is_written() {
    for (String name : new String[] {null, "   ", "x".repeat(201)}) {
      assertThatThrownBy(() -> organizations.create("op", new NewOrganization(name, null)))
          .isInstanceOf(ValidationException.class)
          .hasMessageStartingWith("name: ");
    }
    assertThat(store.all()).isEmpty();
    assertThat(audited.entries()).isEmpty();
  }
}
