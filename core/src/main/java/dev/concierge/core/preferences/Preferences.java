package dev.concierge.core.preferences;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.relationships.RelationshipStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of what people like, avoid and need, with its provenance. The assistant records what a
 * person said; staff see it, correct it and confirm it. What the assistant captured is never
 * confirmed by the assistant itself: a person checks it first. A preference names the message it
 * was said in only if that message is in a conversation of the person, or of someone related to
 * them (a client tells of their daughter's allergy in their own conversation).
 */
public final class Preferences {
  private static final int MAX_STATEMENT = 1000;

  private final PreferenceStore preferences;
  private final PersonStore persons;
  private final ConversationStore conversations;
  private final RelationshipStore relationships;
  private final AuditTrail audit;
  private final Clock clock;

  /**
   * @param conversations where the message a preference was said in is looked up
   * @param relationships whose conversations may hold what was said of the person
   * @param audit records every change, in its transaction
   * @param clock when a preference said in no message was captured
   */
  public Preferences(
      PreferenceStore preferences,
      PersonStore persons,
      ConversationStore conversations,
      RelationshipStore relationships,
      AuditTrail audit,
      Clock clock) {
    this.preferences = preferences;
    this.persons = persons;
    this.conversations = conversations;
    this.relationships = relationships;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's preferences, newest first. */
  public Page<Preference> list(
      Caller caller, UUID personId, PreferenceQuery query, PageRequest page) {
    requirePerson(caller, personId);
    return preferences.list(caller.orgId(), personId, query, page);
  }

  public Preference get(Caller caller, UUID personId, UUID preferenceId) {
    return preferences
        .find(caller.orgId(), personId, preferenceId)
        .orElseThrow(() -> new NotFoundException("preference", preferenceId));
  }

  public Preference add(Caller caller, UUID personId, NewPreference input) {
    caller.requireWriter();
    requirePerson(caller, personId);
    boolean assistant = caller.actorType() == ActorType.AGENT;
    PreferenceSource source =
        input.source() != null
            ? input.source()
            : assistant ? PreferenceSource.AGENT : PreferenceSource.STAFF;
    boolean confirmed =
        input.confirmed() != null
            ? input.confirmed()
            : source == PreferenceSource.STAFF && !assistant;
    FieldErrors errors = new FieldErrors().required("category", input.category());
    validate(errors, input.statement());
    if (assistant && source != PreferenceSource.AGENT) {
      errors.add("source", "must be agent when the assistant records a preference");
    }
    if (confirmed && (assistant || source == PreferenceSource.AGENT)) {
      errors.add("confirmed", unconfirmable());
    }
    Optional<Message> said = Optional.empty();
    if (input.sourceMessageId() != null) {
      said = messageAbout(caller, personId, input.sourceMessageId());
      if (said.isEmpty()) {
        errors.add(
            "source_message_id",
            "is not a message of a conversation of this person or of someone related to them");
      }
    }
    errors.throwIfAny();
    Instant capturedAt =
        input.capturedAt() != null
            ? input.capturedAt()
            : said.map(Message::createdAt).orElseGet(clock::instant);
    Preference preference =
        new Preference(
            UUID.randomUUID(),
            caller.orgId(),
            personId,
            input.category(),
            input.statement().strip(),
            source,
            input.sourceMessageId(),
            capturedAt,
            confirmed,
            caller.actorType(),
            caller.actorId() == null ? null : caller.actorId().toString(),
            caller.name(),
            null,
            null);
    return audit.created(
        caller,
        EntityType.PREFERENCE,
        input,
        Preference::preferenceId,
        () -> preferences.save(preference));
  }

  /** Corrects the category or statement, or confirms it (staff only). */
  public Preference update(
      Caller caller, UUID personId, UUID preferenceId, PreferenceChanges changes) {
    caller.requireWriter();
    Preference current = get(caller, personId, preferenceId);
    PreferenceCategory category = changes.category().applyTo(current.category());
    String statement = changes.statement().applyTo(current.statement());
    Boolean confirmed = changes.confirmed().applyTo(current.confirmed());
    FieldErrors errors =
        new FieldErrors().required("category", category).required("confirmed", confirmed);
    validate(errors, statement);
    if (Boolean.TRUE.equals(confirmed)
        && !current.confirmed()
        && caller.actorType() == ActorType.AGENT) {
      errors.add("confirmed", unconfirmable());
    }
    errors.throwIfAny();
    Preference changed = current.changed(category, statement.strip(), confirmed);
    return audit.updated(
        caller, EntityType.PREFERENCE, preferenceId, changes, () -> preferences.save(changed));
  }

  /** Soft delete: the preference leaves every list, and the context the assistant reads. */
  public void delete(Caller caller, UUID personId, UUID preferenceId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.PREFERENCE,
        preferenceId,
        () -> {
          if (!preferences.delete(caller.orgId(), personId, preferenceId)) {
            throw new NotFoundException("preference", preferenceId);
          }
        });
  }

  /** The message, when it is in a conversation of the person or of someone related to them. */
  private Optional<Message> messageAbout(Caller caller, UUID personId, UUID messageId) {
    return conversations
        .findMessage(caller.orgId(), messageId)
        .filter(
            message ->
                conversations
                    .find(caller.orgId(), message.conversationId())
                    .map(Conversation::personId)
                    .filter(
                        whose ->
                            whose.equals(personId)
                                || relationships.related(caller.orgId(), personId, whose))
                    .isPresent());
  }

  private static void validate(FieldErrors errors, String statement) {
    errors.required("statement", statement).length("statement", statement, 1, MAX_STATEMENT);
  }

  private static String unconfirmable() {
    return "is set by staff once they have checked what the assistant captured";
  }

  private void requirePerson(Caller caller, UUID personId) {
    if (persons.find(caller.orgId(), personId).isEmpty()) {
      throw new NotFoundException("person", personId);
    }
  }
}
