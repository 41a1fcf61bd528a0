package dev.concierge.cli.agents;

import dev.concierge.core.agents.ContextLimits;
import dev.concierge.core.agents.ContextText;
import dev.concierge.core.agents.PersonContext;
import dev.concierge.core.agents.PersonContext.RecentConversation;
import dev.concierge.core.agents.PersonContext.Relative;
import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.Page;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The context the agents are given for an eval case, written as the assistant writes a real
 * person's ({@link ContextText}): the eval set's client and family in the default organization,
 * with its six date categories, no dates, projects or preferences yet, and the case's earlier
 * messages. Ids are derived from names, so the same set always gives the same text.
 */
final class EvalContext {
  static final LocalTime SEND_TIME = LocalTime.of(9, 0);

  /** The default organization's categories, as migration V2 seeds them. */
  private static final List<String> CATEGORIES =
      List.of(
          "Birthday",
          "Anniversary",
          "Club Renewal",
          "Property Maintenance",
          "School Event",
          "Travel");

  private EvalContext() {}

  static String text(EvalSet set, EvalSet.Case evalCase) {
    return ContextText.write(context(set, evalCase), set.today(), ContextLimits.DEFAULT);
  }

  static UUID idOf(String kind, String name) {
    return UUID.nameUUIDFromBytes((kind + " " + name).getBytes(StandardCharsets.UTF_8));
  }

  private static PersonContext context(EvalSet set, EvalSet.Case evalCase) {
    EvalSet.Client client = set.client();
    Person person =
        new Person(
            idOf("person", client.name()),
            Organization.DEFAULT_ID,
            client.name(),
            client.preferredName(),
            PersonType.CLIENT,
            client.birthday(),
            client.timezone(),
            null,
            null,
            null);
    List<Relative> relatives =
        client.relations().stream()
            .map(
                relation ->
                    new Relative(
                        idOf("relationship", relation.name()),
                        relation.relation(),
                        true,
                        idOf("person", relation.name()),
                        relation.name(),
                        null,
                        PersonType.FAMILY_MEMBER,
                        relation.birthday()))
            .toList();
    return new PersonContext(
        person,
        SEND_TIME,
        all(relatives),
        all(categories()),
        all(List.of()),
        all(List.of()),
        all(List.of()),
        conversation(set, evalCase, person));
  }

  private static List<DateCategory> categories() {
    List<DateCategory> categories = new ArrayList<>();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      categories.add(
          new DateCategory(
              UUID.fromString("00000000-0000-0000-0001-00000000000" + (i + 1)),
              Organization.DEFAULT_ID,
              CATEGORIES.get(i),
              null,
              null,
              null,
              null,
              null));
    }
    categories.sort((a, b) -> a.categoryName().compareToIgnoreCase(b.categoryName()));
    return categories;
  }

  /** The case's earlier messages, a minute apart from nine this morning, the client's. */
  private static RecentConversation conversation(
      EvalSet set, EvalSet.Case evalCase, Person person) {
    if (evalCase.conversation().isEmpty()) {
      return null;
    }
    UUID conversationId = idOf("conversation", evalCase.message());
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < evalCase.conversation().size(); i++) {
      EvalSet.Said said = evalCase.conversation().get(i);
      boolean fromClient = said.sender() == SenderType.CLIENT;
      messages.add(
          new Message(
              idOf("message " + i, evalCase.message()),
              Organization.DEFAULT_ID,
              conversationId,
              fromClient ? MessageDirection.INBOUND : MessageDirection.OUTBOUND,
              said.sender(),
              fromClient ? person.personId() : null,
              null,
              said.text(),
              null,
              null,
              set.today().atTime(SEND_TIME).plusMinutes(i).atZone(person.timezone()).toInstant(),
              null));
    }
    return new RecentConversation(conversationId, ChannelType.WEB, all(messages));
  }

  private static <T> Page<T> all(List<T> items) {
    return new Page<>(items, items.size());
  }
}
