package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.conversations.ConversationStoreContract;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The conversation store's contract on PostgreSQL, and its lists narrowed by words. */
class JdbiConversationStoreTest extends ConversationStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected ConversationStore store() {
    return new JdbiConversationStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Conversation store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.client(jdbi, orgId);
  }

  @Test
  void words_in_none_of_the_first_conversations_are_listed_through_the_indexes_in_list_order() {
    Conversation inAMessage = store.save(conversation(org, client, null));
    store.append(message(inAMessage, "The gondola ride is booked."));
    Conversation inTheSubject = store.save(conversation(org, newPerson(org), "Gondola tickets"));
    // more than the first rows a match is tasted on, none of them holding the word
    for (int i = 0; i < Paging.TASTED_ROWS + 5; i++) {
      store.save(conversation(org, client, "Plans " + i));
    }
    UUID other = newOrganization();
    store.append(
        message(store.save(conversation(other, newPerson(other), null)), "A gondola, please."));

    Page<Conversation> gondola = store.list(org, null, words("gondola"), PageRequest.of(0, 20));
    Page<Conversation> clients = store.list(org, client, words("gondola"), PageRequest.of(0, 20));
    Page<Conversation> pastTheEnd = store.list(org, null, words("gondola"), new PageRequest(5, 20));
    Page<Conversation> none = store.list(org, null, words("xylophone"), PageRequest.of(0, 20));
    Page<Conversation> noneDeep =
        store.list(org, null, words("xylophone"), new PageRequest(40, 20));

    assertThat(gondola.items())
        .extracting(Conversation::conversationId)
        .containsExactly(inTheSubject.conversationId(), inAMessage.conversationId());
    assertThat(gondola.total()).isEqualTo(2);
    assertThat(clients.items())
        .extracting(Conversation::conversationId)
        .containsExactly(inAMessage.conversationId());
    assertThat(pastTheEnd.items()).isEmpty();
    assertThat(pastTheEnd.total()).isEqualTo(2);
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isZero();
    assertThat(noneDeep.items()).isEmpty();
    assertThat(noneDeep.total()).isZero();
  }

  private static SearchText words(String text) {
    return new SearchText(text);
  }

  private static Conversation conversation(UUID orgId, UUID personId, String subject) {
    return Conversation.of(
        orgId, new NewConversation(personId, ChannelType.EMAIL, subject, null, null, null));
  }

  private static Message message(Conversation conversation, String content) {
    return Message.of(
        conversation.orgId(),
        conversation.conversationId(),
        new NewMessage(
            MessageDirection.INBOUND, null, conversation.personId(), content, null, Metadata.EMPTY),
        SenderType.CLIENT,
        null);
  }
}
