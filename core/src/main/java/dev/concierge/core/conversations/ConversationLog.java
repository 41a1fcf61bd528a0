package dev.concierge.core.conversations;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.search.SearchText;
import java.util.UUID;

/**
 * Use cases of the record of every conversation with a client: read them, and let staff log one
 * that happened elsewhere (a phone call, an email) with its messages.
 */
public final class ConversationLog {
  private final ConversationStore conversations;
  private final PersonStore persons;
  private final AuditTrail audit;

  public ConversationLog(ConversationStore conversations, PersonStore persons, AuditTrail audit) {
    this.conversations = conversations;
    this.persons = persons;
    this.audit = audit;
  }

  public Page<Conversation> list(Caller caller, UUID personId, PageRequest page) {
    return list(caller, personId, null, page);
  }

  /**
   * As {@link #list}, of the conversations whose subject or a message holds the words too; with
   * them the total is counted up to {@link Page#COUNTED_UP_TO} past the page's start.
   */
  public Page<Conversation> list(
      Caller caller, UUID personId, SearchText matching, PageRequest page) {
    return conversations.list(caller.orgId(), personId, matching, page);
  }

  public Conversation get(Caller caller, UUID conversationId) {
    return conversations
        .find(caller.orgId(), conversationId)
        .orElseThrow(() -> new NotFoundException("conversation", conversationId));
  }

  public Conversation start(Caller caller, NewConversation conversation) {
    caller.requireWriter();
    FieldErrors errors =
        new FieldErrors()
            .required("person_id", conversation.personId())
            .required("channel_type", conversation.channelType())
            .length("subject", conversation.subject(), 0, 500)
            .length("external_thread_id", conversation.externalThreadId(), 1, 500);
    if (conversation.personId() != null
        && persons.find(caller.orgId(), conversation.personId()).isEmpty()) {
      errors.add("person_id", "is not a person of this organization");
    }
    errors.throwIfAny();
    Conversation started = Conversation.of(caller.orgId(), conversation);
    return audit.created(
        caller,
        EntityType.CONVERSATION,
        conversation,
        Conversation::conversationId,
        () -> conversations.save(started));
  }

  public Page<Message> messages(Caller caller, UUID conversationId, PageRequest page) {
    get(caller, conversationId);
    return conversations.listMessages(caller.orgId(), conversationId, page);
  }

  public Message log(Caller caller, UUID conversationId, NewMessage message) {
    caller.requireWriter();
    get(caller, conversationId);
    FieldErrors errors =
        new FieldErrors()
            .required("direction", message.direction())
            .required("content", message.content())
            .length("content", message.content(), 1, 100000)
            .length("external_message_id", message.externalMessageId(), 1, 500);
    if (message.senderPersonId() != null
        && persons.find(caller.orgId(), message.senderPersonId()).isEmpty()) {
      errors.add("sender_person_id", "is not a person of this organization");
    }
    errors.throwIfAny();
    SenderType senderType = message.senderType() == null ? writer(message) : message.senderType();
    // a staff member signed in writes as themselves: the message names the account
    UUID senderAccount =
        senderType == SenderType.STAFF && caller.actorType() == ActorType.ACCOUNT
            ? caller.actorId()
            : null;
    Message logged = Message.of(caller.orgId(), conversationId, message, senderType, senderAccount);
    return audit.created(
        caller,
        EntityType.MESSAGE,
        message,
        Message::messageId,
        () -> conversations.append(logged));
  }

  /** Removes the conversation with its messages (soft: the audit log keeps naming them). */
  public void delete(Caller caller, UUID conversationId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.CONVERSATION,
        conversationId,
        () -> {
          if (!conversations.delete(caller.orgId(), conversationId)) {
            throw new NotFoundException("conversation", conversationId);
          }
        });
  }

  /** Removes one message of a conversation (soft, as conversations). */
  public void deleteMessage(Caller caller, UUID conversationId, UUID messageId) {
    caller.requireWriter();
    get(caller, conversationId);
    audit.deleted(
        caller,
        EntityType.MESSAGE,
        messageId,
        () -> {
          if (!conversations.deleteMessage(caller.orgId(), conversationId, messageId)) {
            throw new NotFoundException("message", messageId);
          }
        });
  }

  /** Who wrote a message that does not say: the client what came in, staff the rest. */
  private static SenderType writer(NewMessage message) {
    return message.direction() == MessageDirection.INBOUND ? SenderType.CLIENT : SenderType.STAFF;
  }
}
