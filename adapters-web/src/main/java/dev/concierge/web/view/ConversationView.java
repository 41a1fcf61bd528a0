package dev.concierge.web.view;

import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.persons.Person;
import java.util.List;

/** A conversation's thread, oldest message first, in the client's zone. */
public record ConversationView(
    Conversation conversation, Person person, List<Message> messages, long total) {}
