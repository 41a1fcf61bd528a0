package dev.concierge.core.frontdesk;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.LateToolbox;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.chat.ChatAnswer;
import dev.concierge.core.agents.chat.ChatFailedException;
import dev.concierge.core.agents.runs.RunSource;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.ports.OrganizationScopes;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.relationships.RelationshipStore;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant at the front desk: a client's message is answered by the organization's agents
 * ({@link AgentChat#answerStored}), acting as the assistant with the concierge role, confined to
 * the client and the people related to them (either way round: the client's mother, and whoever has
 * the client as their assistant), so whatever ids the model sends it reaches no other client. The
 * run is logged with source slack, and the answer is the assistant's.
 *
 * <p>The client is never left without an answer: while the assistant is off (no language model),
 * before the API's operations are bound as its tools, or when the run fails (busy, too slow, an
 * unusable reply), {@link StaffWillAnswer} acknowledges the message, which stays in the
 * conversation for staff. Thread-safe.
 */
public final class AssistantFrontDesk implements FrontDesk {
  private static final Logger log = LoggerFactory.getLogger(AssistantFrontDesk.class);

  /** How the assistant is named in the run log and the audit log. */
  static final String ASSISTANT = "assistant";

  private final AgentChat chat;
  private final RelationshipStore relationships;
  private final OrganizationScopes scopes;
  private final LateToolbox toolbox;
  private final FrontDesk fallback = new StaffWillAnswer();

  /**
   * @param scopes the run works inside the client's organization's scope, as an API request does
   * @param toolbox the API's operations, bound once the API serves
   */
  public AssistantFrontDesk(
      AgentChat chat,
      RelationshipStore relationships,
      OrganizationScopes scopes,
      LateToolbox toolbox) {
    this.chat = Objects.requireNonNull(chat, "chat");
    this.relationships = Objects.requireNonNull(relationships, "relationships");
    this.scopes = Objects.requireNonNull(scopes, "scopes");
    this.toolbox = Objects.requireNonNull(toolbox, "toolbox");
  }

  /** The actor a client's message is answered as: the assistant, with the concierge role. */
  public static Caller assistantIn(UUID orgId) {
    return new Caller(ActorType.AGENT, null, orgId, ASSISTANT, ApiRole.CONCIERGE, null);
  }

  @Override
  public FrontDeskReply answer(ClientMessage message) {
    if (!chat.isOn() || !toolbox.isBound()) {
      return fallback.answer(message);
    }
    UUID client = message.person().personId();
    Caller assistant = assistantIn(message.orgId());
    try {
      ChatAnswer answer =
          scopes.within(
              message.orgId(),
              () ->
                  chat.answerStored(
                      assistant,
                      Confinement.to(familyOf(message.orgId(), client)),
                      client,
                      message.message(),
                      RunSource.SLACK,
                      toolbox));
      return FrontDeskReply.fromAssistant(answer.reply(), answer.runId(), answer.agent());
    } catch (ChatFailedException e) {
      // logged as a failed run already; the client hears from staff instead
      log.info(
          "The assistant could not answer message {} (run {}), staff will: {}",
          message.message().messageId(),
          e.runId(),
          e.getCause().getMessage());
      return fallback.answer(message);
    }
  }

  /** The client and everyone a relationship joins them to, either way round. */
  private Set<UUID> familyOf(UUID orgId, UUID client) {
    Set<UUID> family = new LinkedHashSet<>();
    family.add(client);
    PageRequest page = new PageRequest(0, PageRequest.MAX_LIMIT);
    while (true) {
      Page<Relationship> related = relationships.list(orgId, client, page);
      for (Relationship relationship : related.items()) {
        family.add(relationship.personId());
        family.add(relationship.relatedPersonId());
      }
      if (related.items().isEmpty() || page.skip() + related.items().size() >= related.total()) {
        return family;
      }
      page = new PageRequest(page.skip() + related.items().size(), page.limit());
    }
  }
}
