package dev.concierge.core.frontdesk;

import dev.concierge.core.access.Caller;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.identities.CommIdentity;
import dev.concierge.core.identities.CommIdentityStore;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.reminders.ReminderAnswerOutcome;
import dev.concierge.core.reminders.Reminders;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front desk: what clients write to the concierge on a chat channel, and their answers to the
 * reminders it sent them. The channel adapter (Slack) acknowledges each delivery at once and calls
 * this afterwards.
 *
 * <p>A message from a known person (their comm identity on the channel has the sender's value, in
 * the organization of the workspace) is stored in the conversation of its DM or thread, answered by
 * the {@link FrontDesk}, and the answer posted in the thread and stored too. A message from anyone
 * else gets a polite answer and makes them an unknown contact for staff to link to a person.
 *
 * <p>Each event is handled once, across restarts and instances: its id is claimed in the database,
 * in the transaction that stores the message, so a redelivery finds it claimed and does nothing. A
 * crash after the message is stored and before the answer is posted leaves it unanswered (staff see
 * it) rather than answered twice.
 */
public final class FrontDeskInbox {
  private static final Logger log = LoggerFactory.getLogger(FrontDeskInbox.class);

  static final String UNKNOWN_SENDER_REPLY =
      "Hello, and thank you for writing. This Slack account is not yet linked to a client of"
          + " ours, so your message has gone to the concierge team, who will be in touch.";

  /**
   * How long a handled event stays claimed: Slack retries within the hour, and a week covers any
   * outage of ours it could be redelivered after.
   */
  public static final Duration EVENTS_KEPT = Duration.ofDays(7);

  private static final String NO_TEXT = "(a message without text)";
  private static final int SUBJECT_LENGTH = 80;

  private final FrontDeskStore store;
  private final CommIdentityStore identities;
  private final PersonStore persons;
  private final ConversationStore conversations;
  private final Transactions transactions;
  private final Reminders reminders;
  private final FrontDesk desk;
  private final FrontDesk fallback = new StaffWillAnswer();
  private final Clock clock;

  public FrontDeskInbox(
      FrontDeskStore store,
      CommIdentityStore identities,
      PersonStore persons,
      ConversationStore conversations,
      Transactions transactions,
      Reminders reminders,
      FrontDesk desk,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.identities = Objects.requireNonNull(identities, "identities");
    this.persons = Objects.requireNonNull(persons, "persons");
    this.conversations = Objects.requireNonNull(conversations, "conversations");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.desk = Objects.requireNonNull(desk, "desk");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Handles one inbound message, answering it in {@code thread}; see the class comment. */
  public InboxReceipt receive(InboundMessage message, ReplyThread thread) {
    UUID orgId = store.organizationOf(message.workspace());
    Optional<Person> person =
        identities
            .findByValue(orgId, message.channel(), message.sender())
            .map(CommIdentity::personId)
            .flatMap(personId -> persons.find(orgId, personId));
    if (person.isEmpty()) {
      return fromUnknownSender(orgId, message, thread);
    }
    Conversation conversation = conversationOf(orgId, person.get(), message);
    Message stored;
    try {
      stored =
          transactions.inTransaction(
              () ->
                  store.claimEvent(orgId, message.eventId(), clock.instant())
                      ? conversations.append(inbound(orgId, conversation, person.get(), message))
                      : null);
    } catch (ConflictException e) {
      // the same message under another event (a mention that is also a DM): stored already
      return InboxReceipt.duplicate();
    }
    if (stored == null) {
      return InboxReceipt.duplicate();
    }
    FrontDeskReply reply =
        answer(new ClientMessage(orgId, person.get(), conversation.conversationId(), stored));
    String postedAs;
    try {
      postedAs = thread.post(reply.text());
    } catch (RuntimeException e) {
      log.warn(
          "Could not answer message {} of conversation {} in its thread: {}",
          stored.messageId(),
          conversation.conversationId(),
          e.getMessage());
      return new InboxReceipt(
          InboxReceipt.Outcome.NOT_ANSWERED,
          orgId,
          conversation.conversationId(),
          stored.messageId(),
          null);
    }
    Message answered;
    try {
      answered = conversations.append(outbound(orgId, conversation, reply, postedAs));
    } catch (ConflictException e) {
      // the channel named it as it named an earlier message: the answer is kept all the same
      answered = conversations.append(outbound(orgId, conversation, reply, null));
    }
    return new InboxReceipt(
        InboxReceipt.Outcome.ANSWERED,
        orgId,
        conversation.conversationId(),
        stored.messageId(),
        answered.messageId());
  }

  /**
   * Forgets the events handled more than {@link #EVENTS_KEPT} ago, so their claims do not pile up
   * (a periodic job's work).
   *
   * @return how many were forgotten
   */
  public int forgetOldEvents() {
    return store.forgetEventsBefore(clock.instant().minus(EVENTS_KEPT));
  }

  /**
   * Records the answer a reminder's button gave, as the service acting for whoever pressed it, in
   * the organization of the workspace: a reminder of another organization is not found there.
   */
  public ReminderAnswerOutcome answerReminder(ReminderPress press) {
    UUID orgId = store.organizationOf(press.workspace());
    Caller pressedBy =
        Caller.system(orgId, "slack user " + press.pressedBy()).withRequestId(press.requestId());
    return reminders.answer(
        pressedBy, press.reminderRuleId(), press.deliveredAs(), press.answer(), press.pressedBy());
  }

  private InboxReceipt fromUnknownSender(UUID orgId, InboundMessage message, ReplyThread thread) {
    String name = thread.senderName().orElse(null);
    boolean claimed =
        transactions.inTransaction(
            () -> {
              if (!store.claimEvent(orgId, message.eventId(), clock.instant())) {
                return false;
              }
              store.sawUnknownContact(
                  UnknownContact.seen(
                      orgId,
                      message.channel(),
                      message.sender(),
                      name,
                      message.text(),
                      clock.instant()));
              return true;
            });
    if (!claimed) {
      return InboxReceipt.duplicate();
    }
    try {
      thread.post(UNKNOWN_SENDER_REPLY);
    } catch (RuntimeException e) {
      log.warn("Could not answer an unknown contact in their thread: {}", e.getMessage());
    }
    return new InboxReceipt(InboxReceipt.Outcome.UNKNOWN_SENDER, orgId, null, null, null);
  }

  /**
   * The conversation of the message's thread, started on its first message. Two first messages at
   * once both try to start it; the one refused finds the other's.
   */
  private Conversation conversationOf(UUID orgId, Person person, InboundMessage message) {
    Optional<Conversation> existing =
        conversations.findByThread(orgId, message.channel(), message.threadId());
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return conversations.save(
          Conversation.of(
              orgId,
              new NewConversation(
                  person.personId(),
                  message.channel(),
                  subject(message.text()),
                  null,
                  message.threadId(),
                  Metadata.of(Map.of("started_by", "front_desk")))));
    } catch (ConflictException e) {
      return conversations
          .findByThread(orgId, message.channel(), message.threadId())
          .orElseThrow(() -> e);
    }
  }

  private FrontDeskReply answer(ClientMessage message) {
    try {
      return desk.answer(message);
    } catch (RuntimeException e) {
      log.warn(
          "The front desk could not answer message {}, acknowledging it instead: {}",
          message.message().messageId(),
          e.getMessage());
      return fallback.answer(message);
    }
  }

  private static Message inbound(
      UUID orgId, Conversation conversation, Person person, InboundMessage message) {
    return Message.of(
        orgId,
        conversation.conversationId(),
        new NewMessage(
            MessageDirection.INBOUND,
            SenderType.CLIENT,
            person.personId(),
            message.text().isBlank() ? NO_TEXT : message.text(),
            message.externalMessageId(),
            Metadata.of(Map.of("event_id", message.eventId()))),
        SenderType.CLIENT,
        null);
  }

  private static Message outbound(
      UUID orgId, Conversation conversation, FrontDeskReply reply, String postedAs) {
    return Message.of(
        orgId,
        conversation.conversationId(),
        new NewMessage(
            MessageDirection.OUTBOUND,
            reply.author(),
            null,
            reply.text(),
            postedAs,
            reply.metadata()),
        reply.author(),
        null);
  }

  private static String subject(String text) {
    String firstLine = text.strip().lines().findFirst().orElse("");
    if (firstLine.isEmpty()) {
      return "Slack";
    }
    return firstLine.length() <= SUBJECT_LENGTH
        ? firstLine
        : firstLine.substring(0, SUBJECT_LENGTH - 1) + "…";
  }
}
