package dev.concierge.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class AuditStoreContract {
  private AuditStore store;
  private UUID org;
  private Caller caller;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract AuditStore store();

  /** An organization the store may keep entries of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization();
    caller =
        Caller.apiKey(UUID.randomUUID(), org, "portal", ApiRole.CONCIERGE)
            .withRequestId("req-audit-1");
  }

  @Test
  void an_entry_reads_back_with_every_field_and_when_it_was_written() {
    UUID entity = UUID.randomUUID();
    Instant before = Instant.now().minusSeconds(5);

    store.append(
        AuditEntry.of(
            caller,
            AuditAction.UPDATE,
            EntityType.PERSON,
            entity,
            List.of("full_name", "birthday")));

    AuditEntry read = store.list(org, AuditQuery.ALL, PageRequest.of(null, null)).items().get(0);
    assertThat(read.orgId()).isEqualTo(org);
    assertThat(read.actorType()).isEqualTo(ActorType.API_KEY);
    assertThat(read.actorId()).isEqualTo(caller.actorId().toString());
    assertThat(read.actorName()).isEqualTo("portal");
    assertThat(read.actorRole()).isEqualTo("concierge");
    assertThat(read.action()).isEqualTo(AuditAction.UPDATE);
    assertThat(read.entityType()).isEqualTo(EntityType.PERSON);
    assertThat(read.entityId()).isEqualTo(entity);
    assertThat(read.fields()).containsExactly("full_name", "birthday");
    assertThat(read.requestId()).isEqualTo("req-audit-1");
    assertThat(read.createdAt()).isAfter(before);
  }

  @Test
  void an_entry_without_fields_or_actor_id_reads_back_so() {
    store.append(
        AuditEntry.of(
            Caller.operator(org, "concierge-admin"),
            AuditAction.DELETE,
            EntityType.TASK,
            UUID.randomUUID(),
            List.of()));

    AuditEntry read = store.list(org, AuditQuery.ALL, PageRequest.of(null, null)).items().get(0);
    assertThat(read.actorType()).isEqualTo(ActorType.CLI);
    assertThat(read.actorId()).isNull();
    assertThat(read.fields()).isEmpty();
    assertThat(read.requestId()).isNull();
  }

  @Test
  void entries_come_newest_first_in_pages_with_their_total() {
    UUID person = UUID.randomUUID();
    append(caller, AuditAction.CREATE, EntityType.PERSON, person);
    append(caller, AuditAction.UPDATE, EntityType.PERSON, person);
    append(caller, AuditAction.DELETE, EntityType.PERSON, person);

    Page<AuditEntry> first = store.list(org, AuditQuery.ALL, new PageRequest(0, 2));
    Page<AuditEntry> second = store.list(org, AuditQuery.ALL, new PageRequest(2, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.DELETE, AuditAction.UPDATE);
    assertThat(second.items()).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE);
  }

  @Test
  void entries_page_newest_first_after_a_cursor_with_the_filters_applied() {
    UUID person = UUID.randomUUID();
    append(caller, AuditAction.CREATE, EntityType.PERSON, person);
    append(caller, AuditAction.UPDATE, EntityType.PERSON, person);
    append(caller, AuditAction.CREATE, EntityType.TASK, UUID.randomUUID());
    append(caller, AuditAction.DELETE, EntityType.PERSON, person);

    List<AuditEntry> first = store.listAfter(org, AuditQuery.ALL, null, 2);
    List<AuditEntry> second =
        store.listAfter(org, AuditQuery.ALL, AuditCursor.after(first.get(1)), 2);
    List<AuditEntry> persons =
        store.listAfter(
            org,
            new AuditQuery(EntityType.PERSON, null, null, null, null, null, null),
            AuditCursor.after(first.get(0)),
            10);

    assertThat(first)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
    assertThat(second)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    assertThat(persons)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    assertThat(store.listAfter(org, AuditQuery.ALL, AuditCursor.after(second.get(1)), 2)).isEmpty();
  }

  @Test
  void entries_filter_by_entity_actor_action_and_the_time_they_were_written() {
    UUID person = UUID.randomUUID();
    UUID task = UUID.randomUUID();
    Caller operator = Caller.operator(org, "concierge-admin reminders retry");
    append(caller, AuditAction.CREATE, EntityType.PERSON, person);
    AuditEntry update = append(caller, AuditAction.UPDATE, EntityType.PERSON, person);
    AuditEntry delete = append(operator, AuditAction.DELETE, EntityType.TASK, task);

    assertThat(actions(new AuditQuery(EntityType.PERSON, null, null, null, null, null, null)))
        .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    assertThat(actions(new AuditQuery(null, task, null, null, null, null, null)))
        .containsExactly(AuditAction.DELETE);
    assertThat(actions(new AuditQuery(null, null, ActorType.CLI, null, null, null, null)))
        .containsExactly(AuditAction.DELETE);
    assertThat(actions(new AuditQuery(null, null, null, caller.actorId(), null, null, null)))
        .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    assertThat(actions(new AuditQuery(null, null, null, null, AuditAction.UPDATE, null, null)))
        .containsExactly(AuditAction.UPDATE);
    // since is inclusive, until exclusive
    assertThat(actions(new AuditQuery(null, null, null, null, null, update.createdAt(), null)))
        .containsExactly(AuditAction.DELETE, AuditAction.UPDATE);
    assertThat(actions(new AuditQuery(null, null, null, null, null, null, update.createdAt())))
        .containsExactly(AuditAction.CREATE);
    assertThat(
            actions(
                new AuditQuery(
                    null, null, null, null, null, delete.createdAt().plusMillis(1), null)))
        .isEmpty();
  }

  @Test
  void an_organization_sees_only_its_own_entries_and_no_organization_means_every_one() {
    UUID other = newOrganization();
    UUID entity = UUID.randomUUID();
    append(caller, AuditAction.CREATE, EntityType.PROJECT, entity);
    append(
        Caller.apiKey(UUID.randomUUID(), other, "theirs", ApiRole.ADMIN),
        AuditAction.UPDATE,
        EntityType.PROJECT,
        entity);
    AuditQuery byEntity = new AuditQuery(null, entity, null, null, null, null, null);

    assertThat(store.list(org, byEntity, PageRequest.of(null, null)).items())
        .extracting(AuditEntry::orgId)
        .containsExactly(org);
    assertThat(store.list(null, byEntity, PageRequest.of(null, null)).items())
        .extracting(AuditEntry::orgId)
        .containsExactly(other, org);
  }

  /** Appends an entry and answers it as stored, with the time it was written. */
  private AuditEntry append(Caller by, AuditAction action, EntityType type, UUID entityId) {
    AuditEntry entry = AuditEntry.of(by, action, type, entityId, List.of());
    store.append(entry);
    return store
        .list(
            null,
            new AuditQuery(null, entityId, null, null, null, null, null),
            PageRequest.of(null, null))
        .items()
        .stream()
        .filter(e -> e.auditId().equals(entry.auditId()))
        .findFirst()
        .orElseThrow();
  }

  private List<AuditAction> actions(AuditQuery query) {
    return store.list(org, query, PageRequest.of(null, null)).items().stream()
        .map(AuditEntry::action)
        .toList();
  }
}
