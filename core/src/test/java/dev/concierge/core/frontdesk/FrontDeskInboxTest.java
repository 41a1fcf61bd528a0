package dev.concierge.core.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.testing.InMemoryConversationStore;
import dev.concierge.core.testing.InMemoryDates;
import dev.concierge.core.testing.InMemoryFrontDeskStore;
import dev.concierge.core.testing.TickingClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The front desk's rules over in-memory stores, with a scripted desk and thread. */
class FrontDeskInboxTest {
  private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
  private static final String TEAM = "T0ACME";

  private final InMemoryDates dates = new InMemoryDates(NOW);
  private final InMemoryConversationStore conversations =
      new InMemoryConversationStore(TickingClock.fromNow());
  private final InMemoryFrontDeskStore store = new InMemoryFrontDeskStore(dates.identities);
  private final List<ClientMessage> asked = new CopyOnWriteArrayList<>();
  private FrontDesk desk =
      message -> {
        asked.add(message);
        return FrontDeskReply.fromAssistant("Of course, " + message.person().fullName() + ".");
      };
  private final UUID sarah = dates.client("Sarah Chen", ZoneId.of("America/New_York"));

  FrontDeskInboxTest() {
    store.claimWorkspace(TEAM, dates.org);
    dates.identity(sarah, ChannelType.SLACK, "U0SARAH");
  }

  @Test
  void a_clients_dm_is_stored_answered_in_its_thread_and_the_answer_stored() {
    Thread thread = new Thread();

    InboxReceipt receipt = inbox().receive(dm("Ev1", "1.0001", "Book the usual table?"), thread);

    assertThat(receipt.outcome()).isEqualTo(InboxReceipt.Outcome.ANSWERED);
    assertThat(receipt.orgId()).isEqualTo(dates.org);
    assertThat(thread.posted).containsExactly("Of course, Sarah Chen.");
    Conversation conversation =
        conversations.findByThread(dates.org, ChannelType.SLACK, "D0SARAH").orElseThrow();
    assertThat(conversation.personId()).isEqualTo(sarah);
    assertThat(conversation.subject()).isEqualTo("Book the usual table?");
    List<Message> messages = conversations.messagesOf(dates.org, conversation.conversationId());
    assertThat(messages)
        .extracting(Message::direction, Message::senderType, Message::content)
        .containsExactly(
            tuple(MessageDirection.INBOUND, SenderType.CLIENT, "Book the usual table?"),
            tuple(MessageDirection.OUTBOUND, SenderType.AGENT, "Of course, Sarah Chen."));
    assertThat(messages.get(0).externalMessageId()).isEqualTo("1.0001");
    assertThat(messages.get(0).senderPersonId()).isEqualTo(sarah);
    assertThat(messages.get(1).externalMessageId()).isEqualTo("posted-1");
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).conversationId()).isEqualTo(conversation.conversationId());
    assertThat(asked.get(0).message().messageId()).isEqualTo(receipt.messageId());
  }

  @Test
  void the_same_event_again_is_neither_stored_nor_answered_twice() {
    Thread thread = new Thread();
    FrontDeskInbox inbox = inbox();
    inbox.receive(dm("Ev1", "1.0001", "Hello"), thread);

    InboxReceipt again = inbox.receive(dm("Ev1", "1.0001", "Hello"), thread);
    InboxReceipt sameMessage = inbox.receive(dm("Ev2", "1.0001", "Hello"), thread);

    assertThat(again.outcome()).isEqualTo(InboxReceipt.Outcome.DUPLICATE);
    assertThat(sameMessage.outcome()).isEqualTo(InboxReceipt.Outcome.DUPLICATE);
    assertThat(thread.posted).hasSize(1);
    assertThat(asked).hasSize(1);
  }

  @Test
  void an_event_handled_a_week_ago_is_forgotten_and_a_newer_one_is_kept() {
    FrontDeskInbox inbox = inbox();
    inbox.receive(dm("Ev1", "1.0001", "Hello"), new Thread());
    dates.clock.advance(Duration.ofDays(1));
    inbox.receive(dm("Ev2", "1.0002", "Still there?"), new Thread());
    dates.clock.advance(FrontDeskInbox.EVENTS_KEPT.minus(Duration.ofHours(1)));

    assertThat(inbox.forgetOldEvents()).isEqualTo(1);
    assertThat(store.claimEvent(dates.org, "Ev2", dates.clock.instant())).isFalse();
    assertThat(store.claimEvent(dates.org, "Ev1", dates.clock.instant())).isTrue();
  }

  @Test
  void later_messages_of_the_dm_go_to_the_same_conversation() {
    FrontDeskInbox inbox = inbox();
    Thread thread = new Thread();
    InboxReceipt first = inbox.receive(dm("Ev1", "1.0001", "Hello"), thread);
    InboxReceipt second = inbox.receive(dm("Ev2", "1.0002", "Still there?"), thread);

    assertThat(second.conversationId()).isEqualTo(first.conversationId());
    assertThat(conversations.messagesOf(dates.org, first.conversationId())).hasSize(4);
  }

  @Test
  void an_unknown_sender_gets_a_polite_answer_and_becomes_an_unknown_contact_once() {
    Thread thread = new Thread();
    FrontDeskInbox inbox = inbox();
    InboundMessage fromStranger =
        new InboundMessage("Ev9", ChannelType.SLACK, TEAM, "U0NEW", "D0NEW", "2.0", "Hi there");

    InboxReceipt receipt = inbox.receive(fromStranger, thread);
    InboxReceipt again = inbox.receive(fromStranger, thread);

    assertThat(receipt.outcome()).isEqualTo(InboxReceipt.Outcome.UNKNOWN_SENDER);
    assertThat(again.outcome()).isEqualTo(InboxReceipt.Outcome.DUPLICATE);
    assertThat(thread.posted).containsExactly(FrontDeskInbox.UNKNOWN_SENDER_REPLY);
    assertThat(asked).isEmpty();
    UnknownContact contact =
        store.unknownContacts(dates.org, new PageRequest(0, 10)).items().get(0);
    assertThat(contact.identityValue()).isEqualTo("U0NEW");
    assertThat(contact.displayName()).isEqualTo("Sam Stranger");
    assertThat(contact.lastMessage()).isEqualTo("Hi there");
    assertThat(contact.messageCount()).isEqualTo(1);
    assertThat(conversations.conversationsOf(dates.org, null)).isEmpty();
  }

  @Test
  void a_workspace_of_another_organization_does_not_know_the_client() {
    InboxReceipt receipt =
        inbox()
            .receive(
                new InboundMessage(
                    "Ev1", ChannelType.SLACK, "T0OTHER", "U0SARAH", "D0SARAH", "1.0", "Hello"),
                new Thread());

    assertThat(receipt.outcome()).isEqualTo(InboxReceipt.Outcome.UNKNOWN_SENDER);
    assertThat(conversations.conversationsOf(dates.org, null)).isEmpty();
  }

  @Test
  void a_failing_desk_leaves_the_client_the_staff_acknowledgement() {
    desk =
        message -> {
          throw new UnavailableException("the model is overloaded", null);
        };
    Thread thread = new Thread();

    InboxReceipt receipt = inbox().receive(dm("Ev1", "1.0001", "Hello"), thread);

    assertThat(receipt.outcome()).isEqualTo(InboxReceipt.Outcome.ANSWERED);
    assertThat(thread.posted.get(0))
        .startsWith("Thank you, Sarah Chen.")
        .contains("concierge team");
    assertThat(conversations.messagesOf(dates.org, receipt.conversationId()).get(1).senderType())
        .isEqualTo(SenderType.SYSTEM);
  }

  @Test
  void a_thread_that_refuses_the_answer_leaves_the_message_stored_and_unanswered() {
    Thread refusing = new Thread();
    refusing.refuse = true;

    InboxReceipt receipt = inbox().receive(dm("Ev1", "1.0001", "Hello"), refusing);

    assertThat(receipt.outcome()).isEqualTo(InboxReceipt.Outcome.NOT_ANSWERED);
    assertThat(conversations.messagesOf(dates.org, receipt.conversationId()))
        .extracting(Message::direction)
        .containsExactly(MessageDirection.INBOUND);
  }

  @Test
  void an_answer_the_channel_names_like_an_earlier_one_is_still_stored() {
    FrontDeskInbox inbox = inbox();
    inbox.receive(dm("Ev1", "1.0001", "Hello"), new Thread());

    InboxReceipt second = inbox.receive(dm("Ev2", "1.0002", "Still there?"), new Thread());

    assertThat(second.outcome()).isEqualTo(InboxReceipt.Outcome.ANSWERED);
    assertThat(conversations.messagesOf(dates.org, second.conversationId()))
        .extracting(Message::externalMessageId)
        .containsExactly("1.0001", "posted-1", "1.0002", null);
  }

  @Test
  void the_default_desk_acknowledges_by_preferred_name_and_leaves_the_answer_to_staff() {
    FrontDeskReply reply =
        new StaffWillAnswer()
            .answer(
                new ClientMessage(
                    dates.org,
                    dates.persons.find(dates.org, sarah).orElseThrow(),
                    UUID.randomUUID(),
                    Message.of(
                        dates.org,
                        UUID.randomUUID(),
                        new NewMessage(MessageDirection.INBOUND, null, sarah, "Hi", null, null),
                        SenderType.CLIENT,
                        null)));

    assertThat(reply.author()).isEqualTo(SenderType.SYSTEM);
    assertThat(reply.text()).contains("Sarah Chen").contains("concierge team");
  }

  private FrontDeskInbox inbox() {
    return new FrontDeskInbox(
        store,
        dates.identities,
        dates.persons,
        conversations,
        new Transactions() {
          @Override
          public <T> T inTransaction(Supplier<T> work) {
            return work.get();
          }
        },
        dates.reminders,
        message -> desk.answer(message),
        dates.clock);
  }

  private static InboundMessage dm(String eventId, String ts, String text) {
    return new InboundMessage(eventId, ChannelType.SLACK, TEAM, "U0SARAH", "D0SARAH", ts, text);
  }

  /** A thread that keeps what is posted in it, or refuses it as a channel that is down. */
  private static final class Thread implements ReplyThread {
    final List<String> posted = new ArrayList<>();
    boolean refuse;

    @Override
    public String post(String text) {
      if (refuse) {
        throw new IllegalStateException("channel_not_found");
      }
      posted.add(text);
      return "posted-" + posted.size();
    }

    @Override
    public Optional<String> senderName() {
      return Optional.of("Sam Stranger");
    }
  }
}
