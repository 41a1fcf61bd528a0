package dev.concierge.core.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.testing.InMemoryAuditStore;
import dev.concierge.core.testing.InMemoryConversationStore;
import dev.concierge.core.testing.InMemoryPersonStore;
import dev.concierge.core.testing.InMemoryPreferenceStore;
import dev.concierge.core.testing.InMemoryRelationshipStore;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules of preferences and their provenance, over stores in memory. */
class PreferencesTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
  private static final PageRequest ALL = PageRequest.of(null, null);

  private final MovableClock clock = new MovableClock(NOW.minus(Duration.ofHours(2)));
  private final InMemoryPersonStore persons = new InMemoryPersonStore(clock);
  private final InMemoryConversationStore conversations = new InMemoryConversationStore(clock);
  private final InMemoryRelationshipStore relationships =
      new InMemoryRelationshipStore(persons, clock);
  private final InMemoryAuditStore audited = new InMemoryAuditStore();
  private final Preferences preferences =
      new Preferences(
          new InMemoryPreferenceStore(clock),
          persons,
          conversations,
          relationships,
          new AuditTrail(audited, Supplier::get),
          clock);
  private final UUID staffKey = UUID.randomUUID();
  private final Caller staff = Caller.apiKey(staffKey, ORG, "front desk", ApiRole.CONCIERGE);
  private final Caller assistant =
      new Caller(ActorType.AGENT, null, ORG, "assistant", ApiRole.CONCIERGE, null);
  private final UUID sarah = TestClients.in(persons, ORG);

  @Test
  void staff_record_a_confirmed_preference_captured_now_under_their_name_and_it_is_audited() {
    clock.set(NOW);

    Preference noted =
        preferences.add(
            staff,
            sarah,
            new NewPreference(PreferenceCategory.FOOD, "  Vegetarian  ", null, null, null, null));

    assertThat(noted.statement()).isEqualTo("Vegetarian");
    assertThat(noted.source()).isEqualTo(PreferenceSource.STAFF);
    assertThat(noted.confirmed()).isTrue();
    assertThat(noted.capturedAt()).isEqualTo(NOW);
    assertThat(noted.createdByType()).isEqualTo(ActorType.API_KEY);
    assertThat(noted.createdById()).isEqualTo(staffKey.toString());
    assertThat(noted.createdByName()).isEqualTo("front desk");
    assertThat(audited.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityType()).isEqualTo(EntityType.PREFERENCE);
              assertThat(entry.entityId()).isEqualTo(noted.preferenceId());
              assertThat(entry.fields()).containsExactly("category", "statement");
            });
  }

  @Test
  void what_the_assistant_captures_from_a_message_is_unconfirmed_and_dated_by_the_message() {
    Message said = messageOf(sarah, "I'm vegetarian now");
    clock.set(NOW);

    Preference noted =
        preferences.add(
            assistant,
            sarah,
            new NewPreference(
                PreferenceCategory.FOOD, "Vegetarian", null, said.messageId(), null, null));

    assertThat(noted.source()).isEqualTo(PreferenceSource.AGENT);
    assertThat(noted.confirmed()).isFalse();
    assertThat(noted.sourceMessageId()).isEqualTo(said.messageId());
    assertThat(noted.capturedAt()).isEqualTo(said.createdAt()).isBefore(NOW);
    assertThat(noted.createdByType()).isEqualTo(ActorType.AGENT);
  }

  @Test
  void the_assistant_neither_confirms_a_preference_nor_passes_it_off_as_staffs() {
    Preference noted =
        preferences.add(
            assistant,
            sarah,
            new NewPreference(PreferenceCategory.GIFTS, "Loves peonies", null, null, null, null));

    assertThat(
            refused(
                assistant,
                new NewPreference(PreferenceCategory.FOOD, "Vegan", null, null, null, true)))
        .containsExactly("confirmed");
    assertThat(
            refused(
                assistant,
                new NewPreference(
                    PreferenceCategory.FOOD, "Vegan", PreferenceSource.STAFF, null, null, null)))
        .containsExactly("source");
    assertThat(
            refused(
                staff,
                new NewPreference(
                    PreferenceCategory.FOOD, "Vegan", PreferenceSource.AGENT, null, null, true)))
        .containsExactly("confirmed");
    assertThatThrownBy(
            () ->
                preferences.update(
                    assistant, sarah, noted.preferenceId(), changes(null, null, true)))
        .isInstanceOf(ValidationException.class);
    assertThat(
            preferences
                .update(staff, sarah, noted.preferenceId(), changes(null, null, true))
                .confirmed())
        .isTrue();
  }

  @Test
  void what_a_client_says_of_a_relative_in_their_own_conversation_is_the_relatives() {
    UUID emma = TestClients.in(persons, ORG);
    relationships.add(Relationship.of(ORG, sarah, emma, "daughter"));
    Message said = messageOf(sarah, "Emma is allergic to nuts");

    Preference noted =
        preferences.add(
            assistant,
            emma,
            new NewPreference(
                PreferenceCategory.FOOD, "Allergic to nuts", null, said.messageId(), null, null));

    assertThat(noted.personId()).isEqualTo(emma);
    assertThat(noted.sourceMessageId()).isEqualTo(said.messageId());
  }

  @Test
  void a_source_message_must_be_in_a_conversation_of_the_person_or_a_relative() {
    UUID brother = TestClients.in(persons, ORG);
    Message his = messageOf(brother, "Sarah hates lilies");
    UUID elsewhere = UUID.randomUUID();
    Message theirs = messageOf(TestClients.in(persons, elsewhere), elsewhere, "Hello");

    assertThat(refused(staff, fromMessage(his.messageId()))).containsExactly("source_message_id");
    assertThat(refused(staff, fromMessage(theirs.messageId())))
        .containsExactly("source_message_id");
    assertThat(refused(staff, fromMessage(UUID.randomUUID()))).containsExactly("source_message_id");
    assertThat(audited.entries()).isEmpty();
  }

  @Test
  void a_preference_needs_a_category_and_a_statement_of_at_most_1000_characters() {
    assertThat(refused(staff, new NewPreference(null, null, null, null, null, null)))
        .containsExactly("category", "statement");
    assertThat(
            refused(
                staff,
                new NewPreference(
                    PreferenceCategory.OTHER, "x".repeat(1001), null, null, null, null)))
        .containsExactly("statement");
    Preference noted = staffNote("Early riser");
    assertThatThrownBy(
            () ->
                preferences.update(
                    staff,
                    sarah,
                    noted.preferenceId(),
                    new PreferenceChanges(
                        FieldChange.to(null), FieldChange.to(" "), FieldChange.to(null))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("category", "confirmed", "statement"));
  }

  @Test
  void staff_correct_a_statement_and_its_category_and_the_change_is_audited() {
    Preference noted = staffNote("Window seat");

    Preference corrected =
        preferences.update(
            staff,
            sarah,
            noted.preferenceId(),
            changes(PreferenceCategory.TRAVEL, "Aisle seat, always", null));

    assertThat(corrected.category()).isEqualTo(PreferenceCategory.TRAVEL);
    assertThat(corrected.statement()).isEqualTo("Aisle seat, always");
    assertThat(corrected.capturedAt()).isEqualTo(noted.capturedAt());
    assertThat(preferences.list(staff, sarah, PreferenceQuery.ALL, ALL).items())
        .containsExactly(corrected);
    assertThat(audited.entries())
        .last()
        .extracting(AuditEntry::fields)
        .isEqualTo(List.of("category", "statement"));
  }

  @Test
  void a_deleted_preference_is_gone_and_analysts_and_other_organizations_change_nothing() {
    Preference noted = staffNote("No calls before ten");
    Caller analyst = Caller.apiKey(UUID.randomUUID(), ORG, "reader", ApiRole.ANALYST);
    Caller outsider = Caller.apiKey(UUID.randomUUID(), UUID.randomUUID(), "x", ApiRole.ADMIN);

    assertThat(preferences.get(analyst, sarah, noted.preferenceId())).isEqualTo(noted);
    assertThatThrownBy(() -> preferences.delete(analyst, sarah, noted.preferenceId()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> preferences.list(outsider, sarah, PreferenceQuery.ALL, ALL))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> preferences.delete(outsider, sarah, noted.preferenceId()))
        .isInstanceOf(NotFoundException.class);

    preferences.delete(staff, sarah, noted.preferenceId());

    assertThatThrownBy(() -> preferences.get(staff, sarah, noted.preferenceId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(preferences.list(staff, sarah, PreferenceQuery.ALL, ALL).items()).isEmpty();
    assertThat(audited.entries())
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
  }

  private Preference staffNote(String statement) {
    return preferences.add(
        staff,
        sarah,
        new NewPreference(PreferenceCategory.SCHEDULE, statement, null, null, null, null));
  }

  private static NewPreference fromMessage(UUID messageId) {
    return new NewPreference(PreferenceCategory.FOOD, "Hates lilies", null, messageId, null, null);
  }

  private static PreferenceChanges changes(
      PreferenceCategory category, String statement, Boolean confirmed) {
    return new PreferenceChanges(
        category == null ? FieldChange.unchanged() : FieldChange.to(category),
        statement == null ? FieldChange.unchanged() : FieldChange.to(statement),
        confirmed == null ? FieldChange.unchanged() : FieldChange.to(confirmed));
  }

  private List<String> refused(Caller caller, NewPreference input) {
    return catchThrowableOfType(
            ValidationException.class, () -> preferences.add(caller, sarah, input))
        .errors()
        .stream()
        .map(FieldError::field)
        .toList();
  }

  private Message messageOf(UUID personId, String content) {
    return messageOf(personId, ORG, content);
  }

  private Message messageOf(UUID personId, UUID orgId, String content) {
    Conversation conversation =
        conversations.save(
            Conversation.of(
                orgId, new NewConversation(personId, ChannelType.WEB, null, null, null, null)));
    return conversations.append(
        Message.of(
            orgId,
            conversation.conversationId(),
            new NewMessage(
                MessageDirection.INBOUND, SenderType.CLIENT, personId, content, null, null),
            SenderType.CLIENT,
            null));
  }
}
