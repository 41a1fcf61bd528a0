package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.audit.AuditStoreContract;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.testing.Persons;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit store's contract on PostgreSQL, and how its entries share the writes' transaction. */
class JdbiAuditStoreTest extends AuditStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();
  private final JdbiAuditStore log = new JdbiAuditStore(jdbi);
  private final JdbiPersonStore persons = new JdbiPersonStore(jdbi);
  private final JdbiTransactions transactions = new JdbiTransactions(jdbi);
  private final AuditTrail audit = new AuditTrail(log, transactions);
  private UUID org;
  private Caller caller;

  @Override
  protected AuditStore store() {
    return log;
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Audit log test org");
  }

  @BeforeEach
  void organization() {
    org = newOrganization();
    caller =
        Caller.apiKey(UUID.randomUUID(), org, "portal", ApiRole.CONCIERGE)
            .withRequestId("req-audit-1");
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

  private List<AuditEntry> entriesOf(UUID entityId) {
    return log.list(
            org,
            new AuditQuery(null, entityId, null, null, null, null, null),
            PageRequest.of(null, null))
        .items();
  }

  private NewPerson newPerson() {
    return new NewPerson("Sarah Chen", null, PersonType.CLIENT, null, ZoneId.of("UTC"), null);
  }

  private Person person() {
    return Persons.of(org, "Sarah Chen", PersonType.CLIENT);
  }
}
