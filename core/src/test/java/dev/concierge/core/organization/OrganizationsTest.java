package dev.concierge.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryOrganizationStore;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Onboarding and listing organizations, and each caller's own organization and its settings. */
class OrganizationsTest {
  private final InMemoryOrganizationStore store = new InMemoryOrganizationStore();
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final Organizations organizations =
      new Organizations(store, new AuditTrail(audited, Supplier::get));

  @Test
  void a_new_organization_is_the_operators_first_write_in_its_own_audit_log() {
    Organization created =
        organizations.create(
            "concierge-admin orgs",
            new NewOrganization(" Maison Dupont ", ZoneId.of("Europe/Paris")));

    assertThat(organizations.list())
        .extracting(OrganizationSummary::organization)
        .containsExactly(created);
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
    assertThat(organizations.list()).isEmpty();
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void every_role_reads_its_own_organization() {
    Organization ours = organizations.create("op", new NewOrganization("Ours", null));
    organizations.create("op", new NewOrganization("Theirs", null));

    for (ApiRole role : ApiRole.values()) {
      assertThat(organizations.get(caller(ours.orgId(), role))).isEqualTo(ours);
    }
  }

  @Test
  void an_admin_changes_name_zone_and_settings_and_the_change_is_audited_by_field() {
    Organization ours = organizations.create("op", new NewOrganization("Ours", null));

    Organization changed =
        organizations.update(
            caller(ours.orgId(), ApiRole.ADMIN),
            new OrganizationChanges(
                FieldChange.to(" Ours Again "),
                FieldChange.to(ZoneId.of("America/Chicago")),
                FieldChange.to(Metadata.of(Map.of("brand", "blue")))));

    assertThat(changed.name()).isEqualTo("Ours Again");
    assertThat(changed.defaultTimezone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(changed.settings().values()).containsEntry("brand", "blue");
    assertThat(changed.reminderSendTime()).isEqualTo(ours.reminderSendTime());
    assertThat(changed.createdAt()).isEqualTo(ours.createdAt());
    assertThat(audited.entries())
        .last()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
              assertThat(entry.entityId()).isEqualTo(ours.orgId());
              assertThat(entry.fields())
                  .containsExactly("name", "default_timezone", "settings_jsonb");
            });
  }

  @Test
  void only_admins_change_the_settings() {
    Organization ours = organizations.create("op", new NewOrganization("Ours", null));
    OrganizationChanges rename =
        new OrganizationChanges(
            FieldChange.to("Renamed"), FieldChange.unchanged(), FieldChange.unchanged());

    for (ApiRole role : new ApiRole[] {ApiRole.CONCIERGE, ApiRole.ANALYST}) {
      assertThatThrownBy(() -> organizations.update(caller(ours.orgId(), role), rename))
          .isInstanceOf(ForbiddenException.class);
    }
    assertThat(organizations.get(caller(ours.orgId(), ApiRole.ANALYST)).name()).isEqualTo("Ours");
  }

  @Test
  void a_name_or_zone_cannot_be_cleared() {
    Organization ours = organizations.create("op", new NewOrganization("Ours", null));

    assertThatThrownBy(
            () ->
                organizations.update(
                    caller(ours.orgId(), ApiRole.ADMIN),
                    new OrganizationChanges(
                        FieldChange.to(" "), FieldChange.to(null), FieldChange.unchanged())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("name", "default_timezone"));
    assertThat(audited.entries()).extracting(AuditEntry::action).containsOnly(AuditAction.CREATE);
  }

  private static Caller caller(UUID orgId, ApiRole role) {
    return Caller.apiKey(UUID.randomUUID(), orgId, "staff", role);
  }
}
