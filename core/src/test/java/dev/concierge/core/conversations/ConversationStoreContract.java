package dev.concierge.core.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.StoreContract;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} does, PostgreSQL's and the in-memory one alike: the fakes
 * the use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class ConversationStoreContract extends StoreContract<ConversationStore> {
  private static final PageRequest ALL = new PageRequest(0, 50);

  @Test
  void a_saved_conversation_is_found_with_every_field_and_its_times() {
    Conversation saved =
        store.save(
            Conversation.of(
                org,
                new NewConversation(
                    client,
                    ChannelType.PHONE,
                    "Call about the trip",
                    ConversationStatus.ARCHIVED,
                    "thread-1",
                    Metadata.of(Map.of("logged_by", "desk")))));

    Conversation found = store.find(org, saved.conversationId()).orElseThrow();

    assertThat(found).isEqualTo(saved);
    assertThat(found.personId()).isEqualTo(client);
    assertThat(found.channelType()).isEqualTo(ChannelType.PHONE);
    assertThat(found.subject()).isEqualTo("Call about the trip");
    assertThat(found.status()).isEqualTo(ConversationStatus.ARCHIVED);
    assertThat(found.externalThreadId()).isEqualTo("thread-1");
    assertThat(found.metadata().values()).containsEntry("logged_by", "desk");
    assertThat(found.lastMessageAt()).isNull();
    assertThat(found.createdAt()).isNotNull();
  }

  @Test
  void a_conversation_is_found_by_its_thread_on_its_channel_within_its_organization() {
    Conversation dm =
        store.save(
            Conversation.of(
                org, new NewConversation(client, ChannelType.SLACK, "Hi", null, "D0THREAD", null)));

    assertThat(store.findByThread(org, ChannelType.SLACK, "D0THREAD")).contains(dm);
    assertThat(store.findByThread(org, ChannelType.EMAIL, "D0THREAD")).isEmpty();
    assertThat(store.findByThread(org, ChannelType.SLACK, "D0OTHER")).isEmpty();
    assertThat(store.findByThread(newOrganization(), ChannelType.SLACK, "D0THREAD")).isEmpty();
  }

  @Test
  void another_organizations_conversations_and_messages_are_neither_found_nor_listed() {
    UUID other = newOrganization();
    Conversation theirs = store.save(conversation(other, newPerson(other), null));
    Message hello = store.append(message(theirs, "Hello", null));

    assertThat(store.findMessage(other, hello.messageId())).contains(hello);
    assertThat(store.findMessage(org, hello.messageId())).isEmpty();
    assertThat(store.find(org, theirs.conversationId())).isEmpty();
    assertThat(store.list(org, null, null, ALL).items()).isEmpty();
    assertThat(store.listMessages(org, theirs.conversationId(), ALL).items()).isEmpty();
  }

  @Test
  void a_list_is_newest_first_narrowed_by_person_and_paged_with_its_total() {
    Conversation first = store.save(conversation(org, client, null));
    Conversation second = store.save(conversation(org, client, null));
    Conversation third = store.save(conversation(org, client, null));
    Conversation someoneElses = store.save(conversation(org, newPerson(org), null));

    Page<Conversation> clients = store.list(org, client, null, new PageRequest(1, 5));

    assertThat(clients.total()).isEqualTo(3);
    assertThat(clients.items())
        .extracting(Conversation::conversationId)
        .containsExactly(second.conversationId(), first.conversationId());
    assertThat(store.list(org, null, null, new PageRequest(0, 2)).items())
        .extracting(Conversation::conversationId)
        .containsExactly(someoneElses.conversationId(), third.conversationId());
  }

  @Test
  void an_external_thread_is_one_conversation_per_channel_of_an_organization() {
    store.save(conversation(org, client, "thread-7"));

    assertThatThrownBy(() -> store.save(conversation(org, client, "thread-7")))
        .isInstanceOf(ConflictException.class);
    Conversation onEmail =
        store.save(
            Conversation.of(
                org, new NewConversation(client, ChannelType.EMAIL, null, null, "thread-7", null)));
    UUID other = newOrganization();
    Conversation elsewhere = store.save(conversation(other, newPerson(other), "thread-7"));

    assertThat(onEmail.externalThreadId()).isEqualTo("thread-7");
    assertThat(elsewhere.externalThreadId()).isEqualTo("thread-7");
    assertThat(store.list(org, client, null, ALL).total()).isEqualTo(2);
  }

  @Test
  void appended_messages_are_listed_oldest_first_and_move_the_last_message_time() {
    Conversation conversation = store.save(conversation(org, client, null));

    Message hello = store.append(message(conversation, "Hello", null));
    Message reply = store.append(message(conversation, "Hi, how can we help?", null));
    Message note = store.append(message(conversation, "Called back", null));

    Page<Message> page =
        store.listMessages(org, conversation.conversationId(), new PageRequest(1, 1));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).containsExactly(reply);
    assertThat(store.listMessages(org, conversation.conversationId(), ALL).items())
        .containsExactly(hello, reply, note);
    assertThat(hello.createdAt()).isNotNull();
    assertThat(hello.direction()).isEqualTo(MessageDirection.INBOUND);
    assertThat(hello.senderType()).isEqualTo(SenderType.CLIENT);
    assertThat(hello.senderPersonId()).isEqualTo(client);
    assertThat(hello.content()).isEqualTo("Hello");
    assertThat(store.find(org, conversation.conversationId()).orElseThrow().lastMessageAt())
        .isEqualTo(note.createdAt());
  }

  @Test
  void an_external_message_id_is_one_message_per_conversation() {
    Conversation conversation = store.save(conversation(org, client, null));
    Conversation another = store.save(conversation(org, client, null));
    store.append(message(conversation, "Hello", "ext-1"));

    assertThatThrownBy(() -> store.append(message(conversation, "Hello again", "ext-1")))
        .isInstanceOf(ConflictException.class);
    store.append(message(another, "Hello", "ext-1"));

    assertThat(store.listMessages(org, conversation.conversationId(), ALL).total()).isEqualTo(1);
    assertThat(store.listMessages(org, another.conversationId(), ALL).total()).isEqualTo(1);
  }

  @Test
  void a_deleted_conversation_takes_its_messages_and_frees_its_thread() {
    Conversation conversation = store.save(conversation(org, client, "T-deleted"));
    Message message = store.append(message(conversation, "Hello", null));

    assertThat(store.delete(newOrganization(), conversation.conversationId())).isFalse();
    assertThat(store.delete(org, conversation.conversationId())).isTrue();

    assertThat(store.delete(org, conversation.conversationId())).isFalse();
    assertThat(store.find(org, conversation.conversationId())).isEmpty();
    assertThat(store.findMessage(org, message.messageId())).isEmpty();
    assertThat(store.findByThread(org, ChannelType.SLACK, "T-deleted")).isEmpty();
    assertThat(store.list(org, null, null, ALL).items()).isEmpty();
    Conversation again = store.save(conversation(org, client, "T-deleted"));
    assertThat(store.findByThread(org, ChannelType.SLACK, "T-deleted")).contains(again);
  }

  @Test
  void one_deleted_message_leaves_the_others_and_only_its_conversation_deletes_it() {
    Conversation conversation = store.save(conversation(org, client, null));
    Conversation another = store.save(conversation(org, client, null));
    Message gone = store.append(message(conversation, "Wrong client", null));
    Message kept = store.append(message(conversation, "Booked", null));

    assertThat(store.deleteMessage(org, another.conversationId(), gone.messageId())).isFalse();
    assertThat(store.deleteMessage(org, conversation.conversationId(), gone.messageId())).isTrue();

    assertThat(store.deleteMessage(org, conversation.conversationId(), gone.messageId())).isFalse();
    assertThat(store.findMessage(org, gone.messageId())).isEmpty();
    assertThat(store.listMessages(org, conversation.conversationId(), ALL).items())
        .containsExactly(kept);
  }

  private static Conversation conversation(UUID orgId, UUID personId, String thread) {
    return Conversation.of(
        orgId, new NewConversation(personId, ChannelType.SLACK, null, null, thread, null));
  }

  private static Message message(Conversation conversation, String content, String externalId) {
    return Message.of(
        conversation.orgId(),
        conversation.conversationId(),
        new NewMessage(
            MessageDirection.INBOUND,
            null,
            conversation.personId(),
            content,
            externalId,
            Metadata.EMPTY),
        SenderType.CLIENT,
        null);
  }
}
