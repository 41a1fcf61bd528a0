package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAuditLogTest {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiAuditLog log = new JdbiAuditLog(jdbi);
  private final JdbiPersonStore persons = new JdbiPersonStore(jdbi);
  private final JdbiTransactions transactions = new JdbiTransactions(jdbi);
  private final AuditTrail audit = new AuditTrail(log, transactions);
  private UUID org;
  private Caller caller;

  @BeforeEach
  void organization() {
    org = TestOrganizations.create(jdbi, "Audit log test org");
    caller =
        Caller.apiKey(UUID.randomUUID(), org, "portal", ApiRole.CONCIERGE)
            .withRequestId("req-audit-1");
  }

  @Test
  void an_entry_reads_back_with_every_field() {
    UUID entity = UUID.randomUUID();
    Instant before = Instant.now().minusSeconds(5);

    log.recordAuditEntry(
        AuditEntry.of(
            caller,
            AuditAction.UPDATE,
            EntityType.PERSON,
            entity,
            List.of("full_name", "birthday")));

    AuditEntry read =
        log.listAuditEntries(org, AuditQuery.ALL, PageRequest.of(null, null)).items().get(0);
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
  void a_change_and_its_entry_commit_together() {
    Person saved =
        audit.created(
            caller, EntityType.PERSON, newPerson(), Person::personId, () -> persons.save(person()));

    assertThat(persons.find(org, saved.personId())).isPresent();
    assertThat(entriesOf(saved.personId()))
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE);
  }

  @Test
  void an_entry_written_in_a_transaction_that_then_fails_is_rolled_back_with_the_change() {
    Person person = person();

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      audit.created(
                          caller,
                          EntityType.PERSON,
                          newPerson(),
                          Person::personId,
                          () -> persons.save(person));
                      // the entry is in the table now, inside the transaction
                      assertThat(entriesOf(person.personId())).hasSize(1);
                      throw new IllegalStateException("a later step of the same write fails");
                    }))
        .hasMessageContaining("a later step");

    assertThat(persons.find(org, person.personId())).isEmpty();
    assertThat(entriesOf(person.personId())).isEmpty();
  }

  @Test
  void an_entry_that_cannot_be_stored_undoes_the_change() {
    Person person = person();
    // an organization that does not exist: the entry's foreign key refuses it
    Caller stranger = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);

    assertThatThrownBy(
        () ->
            audit.record(
                stranger,
                AuditAction.CREATE,
                EntityType.PERSON,
                p -> person.personId(),
                List.of(),
                () -> persons.save(person)));

    assertThat(persons.find(org, person.personId())).isEmpty();
  }

  @Test
  void entries_filter_by_every_field_and_come_newest_first_in_pages() {
    UUID person = UUID.randomUUID();
    UUID task = UUID.randomUUID();
    Caller operator = Caller.operator(org, "concierge-admin reminders retry");
    log.recordAuditEntry(
        AuditEntry.of(caller, AuditAction.CREATE, EntityType.PERSON, person, List.of()));
    Instant between = stamp();
    log.recordAuditEntry(
        AuditEntry.of(caller, AuditAction.UPDATE, EntityType.PERSON, person, List.of("timezone")));
    log.recordAuditEntry(
        AuditEntry.of(operator, AuditAction.DELETE, EntityType.TASK, task, List.of()));
    Instant after = stamp();

    Page<AuditEntry> all = log.listAuditEntries(org, AuditQuery.ALL, new PageRequest(0, 2));
    Page<AuditEntry> second = log.listAuditEntries(org, AuditQuery.ALL, new PageRequest(2, 2));

    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.DELETE, AuditAction.UPDATE);
    assertThat(second.items()).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE);
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
    assertThat(actions(new AuditQuery(null, null, null, null, null, between, null)))
        .containsExactly(AuditAction.DELETE, AuditAction.UPDATE);
    assertThat(actions(new AuditQuery(null, null, null, null, null, null, between)))
        .containsExactly(AuditAction.CREATE);
    assertThat(actions(new AuditQuery(null, null, null, null, null, after, null))).isEmpty();
  }

  @Test
  void an_organization_sees_only_its_own_entries_and_an_operator_every_one() {
    UUID other = TestOrganizations.create(jdbi, "Another audit log org");
    UUID entity = UUID.randomUUID();
    log.recordAuditEntry(
        AuditEntry.of(caller, AuditAction.CREATE, EntityType.PROJECT, entity, List.of()));
    log.recordAuditEntry(
        AuditEntry.of(
            Caller.apiKey(UUID.randomUUID(), other, "theirs", ApiRole.ADMIN),
            AuditAction.UPDATE,
            EntityType.PROJECT,
            entity,
            List.of()));
    AuditQuery byEntity = new AuditQuery(null, entity, null, null, null, null, null);

    assertThat(log.listAuditEntries(org, byEntity, PageRequest.of(null, null)).items())
        .extracting(AuditEntry::orgId)
        .containsExactly(org);
    assertThat(log.listAuditEntries(null, byEntity, PageRequest.of(null, null)).items())
        .extracting(AuditEntry::orgId)
        .containsExactly(other, org);
  }

  private List<AuditAction> actions(AuditQuery query) {
    return log.listAuditEntries(org, query, PageRequest.of(null, null)).items().stream()
        .map(AuditEntry::action)
        .toList();
  }

  private List<AuditEntry> entriesOf(UUID entityId) {
    return log.listAuditEntries(
            org,
            new AuditQuery(null, entityId, null, null, null, null, null),
            PageRequest.of(null, null))
        .items();
  }

  /** The database's clock, between two writes: the entries are stamped by it, not the JVM's. */
  private Instant stamp() {
    return jdbi.withHandle(
        h -> {
          Instant now =
              h.createQuery("select clock_timestamp()")
                  .mapTo(java.time.OffsetDateTime.class)
                  .one()
                  .toInstant();
          h.execute("select pg_sleep(0.01)");
          return now;
        });
  }

  private NewPerson newPerson() {
    return new NewPerson("Sarah Chen", null, PersonType.CLIENT, null, ZoneId.of("UTC"), null);
  }

  private Person person() {
    return new Person(
        UUID.randomUUID(),
        org,
        "Sarah Chen",
        null,
        PersonType.CLIENT,
        null,
        ZoneId.of("UTC"),
        Metadata.EMPTY,
        null,
        null);
  }
}
