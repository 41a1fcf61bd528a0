package dev.concierge.core.frontdesk;

import dev.concierge.core.persons.Person;

/**
 * The front desk until the assistant answers: a short acknowledgement that the concierge team has
 * the message and will reply in the thread. Staff see the message in the client's conversation.
 * Also what the client gets when the assistant fails.
 */
public final class StaffWillAnswer implements FrontDesk {

  @Override
  public FrontDeskReply answer(ClientMessage message) {
    return FrontDeskReply.fromSystem(
        "Thank you, "
            + addressed(message.person())
            + ". Your message is with the concierge team, who will answer you here shortly.");
  }

  private static String addressed(Person person) {
    String preferred = person.preferredName();
    return preferred == null || preferred.isBlank() ? person.fullName() : preferred;
  }
}
