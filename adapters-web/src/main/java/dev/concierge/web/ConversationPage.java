package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.web.view.ConversationView;
import java.util.List;

/** One conversation's thread. */
final class ConversationPage {
  static final int SHOWN = 200;

  private final UseCases api;

  ConversationPage(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(PortalRoute.get("/conversations/{conversation_id}", Access.READ, this::show));
  }

  private void show(Visit visit) {
    Conversation conversation =
        api.conversations().get(visit.caller(), visit.pathId("conversation_id"));
    Person person = api.persons().get(visit.caller(), conversation.personId());
    Page<Message> messages =
        api.conversations()
            .messages(visit.caller(), conversation.conversationId(), new PageRequest(0, SHOWN));
    visit.page(
        "conversation.jte",
        "Conversation with " + person.fullName(),
        "clients",
        new ConversationView(conversation, person, messages.items(), messages.total()));
  }
}
