package dev.concierge.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.identities.CommIdentityChanges;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.PersonChanges;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.reminders.ReminderChanges;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The one way writes reach the audit log: inside their transaction, with names and no values. */
class AuditTrailTest {
  private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID KEY = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
  private static final Caller CALLER =
      Caller.apiKey(KEY, ORG, "portal", ApiRole.CONCIERGE).withRequestId("req-12345678");

  private final FakeDatabase database = new FakeDatabase();
  private final AuditTrail audit = new AuditTrail(database, database);

  @Test
  void an_update_is_recorded_with_its_actor_request_and_the_names_of_the_fields_it_set() {
    UUID personId = UUID.randomUUID();
    PersonChanges changes =
        new PersonChanges(
            FieldChange.to("Sarah Chen-Wu"),
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.to(null),
            FieldChange.unchanged(),
            FieldChange.to(Metadata.of(Map.of("allergy", "peanuts"))));

    String result = audit.updated(CALLER, EntityType.PERSON, personId, changes, () -> "saved");

    assertThat(result).isEqualTo("saved");
    assertThat(database.committed).hasSize(1);
    AuditEntry entry = database.committed.get(0);
    assertThat(entry.orgId()).isEqualTo(ORG);
    assertThat(entry.actorType()).isEqualTo(ActorType.API_KEY);
    assertThat(entry.actorId()).isEqualTo(KEY.toString());
    assertThat(entry.actorName()).isEqualTo("portal");
    assertThat(entry.actorRole()).isEqualTo("concierge");
    assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
    assertThat(entry.entityType()).isEqualTo(EntityType.PERSON);
    assertThat(entry.entityId()).isEqualTo(personId);
    // clearing a field (set to null) is a change too
    assertThat(entry.fields()).containsExactly("full_name", "birthday", "metadata_jsonb");
    assertThat(entry.requestId()).isEqualTo("req-12345678");
    assertThat(entry.toString()).doesNotContain("Sarah").doesNotContain("peanuts");
  }

  @Test
  void a_create_names_the_fields_given_and_takes_the_id_from_what_the_write_returns() {
    UUID created = UUID.randomUUID();
    NewPerson person =
        new NewPerson("Sarah Chen", null, null, LocalDate.of(1985, 3, 15), null, Metadata.EMPTY);

    UUID result = audit.created(CALLER, EntityType.PERSON, person, id -> id, () -> created);

    AuditEntry entry = database.committed.get(0);
    assertThat(result).isEqualTo(created);
    assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
    assertThat(entry.entityId()).isEqualTo(created);
    assertThat(entry.fields()).containsExactly("full_name", "birthday", "metadata_jsonb");
  }

  @Test
  void fields_are_named_as_the_api_names_them() {
    CommIdentityChanges identity =
        new CommIdentityChanges(
            FieldChange.to("sarah@example.com"),
            FieldChange.to(true),
            FieldChange.to(false),
            FieldChange.unchanged());
    ReminderChanges reminder =
        new ReminderChanges(
            FieldChange.to(7),
            FieldChange.to(Instant.parse("2026-03-01T14:00:00Z")),
            FieldChange.unchanged(),
            FieldChange.to(UUID.randomUUID()),
            FieldChange.unchanged());

    assertThat(AuditTrail.changedFields(identity))
        .containsExactly("identity_value", "is_primary", "is_verified");
    assertThat(AuditTrail.changedFields(reminder))
        .containsExactly("lead_time_days", "scheduled_datetime", "comm_identity_id");
  }

  @Test
  void an_empty_list_given_to_a_create_is_not_a_field_it_set() {
    NewDateItem item =
        new NewDateItem(
            UUID.randomUUID(),
            null,
            null,
            "Anniversary",
            LocalDate.of(2012, 6, 16),
            "FREQ=YEARLY",
            null,
            null,
            null,
            null);

    assertThat(AuditTrail.givenFields(item))
        .containsExactly("person_id", "title", "date_value", "recurrence_rule");
  }

  @Test
  void a_delete_records_no_fields_and_an_operator_has_no_actor_id() {
    UUID taskId = UUID.randomUUID();
    List<String> deleted = new ArrayList<>();

    audit.deleted(
        Caller.operator(ORG, "concierge-admin"),
        EntityType.TASK,
        taskId,
        () -> deleted.add("gone"));

    AuditEntry entry = database.committed.get(0);
    assertThat(deleted).containsExactly("gone");
    assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
    assertThat(entry.actorType()).isEqualTo(ActorType.CLI);
    assertThat(entry.actorId()).isNull();
    assertThat(entry.actorRole()).isEqualTo("admin");
    assertThat(entry.fields()).isEmpty();
    assertThat(entry.requestId()).isNull();
  }

  @Test
  void the_entry_is_written_inside_the_transaction_of_the_write() {
    audit.record(
        CALLER,
        AuditAction.RETRY,
        EntityType.REMINDER,
        r -> UUID.randomUUID(),
        List.of("attempt_count"),
        () -> {
          assertThat(database.open).isTrue();
          return null;
        });

    assertThat(database.writtenWhileOpen).isEqualTo(1);
    assertThat(database.committed).hasSize(1);
  }

  @Test
  void a_write_that_fails_leaves_no_entry() {
    UUID missing = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                audit.deleted(
                    CALLER,
                    EntityType.TASK,
                    missing,
                    () -> {
                      throw new NotFoundException("task", missing);
                    }))
        .isInstanceOf(NotFoundException.class);

    assertThat(database.committed).isEmpty();
    assertThat(database.rolledBack).isEqualTo(1);
  }

  @Test
  void an_entry_that_cannot_be_written_fails_the_write_with_it() {
    List<String> changes = new ArrayList<>();
    AuditTrail broken =
        new AuditTrail(
            new AuditStore() {
              @Override
              public void append(AuditEntry entry) {
                throw new IllegalStateException("audit_log is unavailable");
              }

              @Override
              public Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page) {
                throw new UnsupportedOperationException("not asked for here");
              }

              @Override
              public List<AuditEntry> listAfter(
                  UUID orgId, AuditQuery query, AuditCursor after, int limit) {
                throw new UnsupportedOperationException("not asked for here");
              }
            },
            database);

    assertThatThrownBy(
            () ->
                broken.updated(
                    CALLER,
                    EntityType.PERSON,
                    UUID.randomUUID(),
                    new PersonChanges(
                        FieldChange.to("x"),
                        FieldChange.unchanged(),
                        FieldChange.unchanged(),
                        FieldChange.unchanged(),
                        FieldChange.unchanged(),
                        FieldChange.unchanged()),
                    () -> changes.add("saved")))
        .hasMessageContaining("audit_log is unavailable");

    // the change ran, but its transaction was rolled back with the missing entry
    assertThat(changes).containsExactly("saved");
    assertThat(database.rolledBack).isEqualTo(1);
  }

  @Test
  void a_write_that_creates_children_records_each_in_the_one_transaction() {
    UUID item = UUID.randomUUID();
    UUID reminder = UUID.randomUUID();
    NewPerson input = new NewPerson("x", null, null, null, null, null);

    audit.created(
        CALLER,
        EntityType.DATE_ITEM,
        input,
        id -> item,
        () -> audit.created(CALLER, EntityType.REMINDER, input, id -> reminder, () -> reminder));

    assertThat(database.committed)
        .extracting(AuditEntry::entityType, AuditEntry::entityId)
        .containsExactly(tuple(EntityType.REMINDER, reminder), tuple(EntityType.DATE_ITEM, item));
    assertThat(database.writtenWhileOpen).isEqualTo(2);
  }

  /**
   * A database as far as the trail can tell: entries appended during a transaction are kept only
   * when its work returns, and nested transactions join the outer one.
   */
  private static final class FakeDatabase implements Transactions, AuditStore {
    final List<AuditEntry> committed = new ArrayList<>();
    private final List<AuditEntry> pending = new ArrayList<>();
    boolean open;
    int writtenWhileOpen;
    int rolledBack;

    @Override
    public void append(AuditEntry entry) {
      if (open) {
        writtenWhileOpen++;
      }
      pending.add(entry);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      if (open) {
        return work.get();
      }
      open = true;
      try {
        T result = work.get();
        committed.addAll(pending);
        return result;
      } catch (RuntimeException e) {
        rolledBack++;
        throw e;
      } finally {
        pending.clear();
        open = false;
      }
    }

    @Override
    public Page<AuditEntry> list(UUID orgId, AuditQuery query, PageRequest page) {
      throw new UnsupportedOperationException("the trail only appends");
    }

    @Override
    public List<AuditEntry> listAfter(UUID orgId, AuditQuery query, AuditCursor after, int limit) {
      throw new UnsupportedOperationException("not asked for here");
    }
  }
}
