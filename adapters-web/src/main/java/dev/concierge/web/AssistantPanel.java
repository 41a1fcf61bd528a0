package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.agents.AgentToolbox;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.agents.actions.ConfirmedAction;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.chat.AssistantOffException;
import dev.concierge.core.agents.chat.ChatAnswer;
import dev.concierge.core.agents.chat.ChatFailedException;
import dev.concierge.core.agents.chat.ChatRequest;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.LlmInvalidRequestException;
import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmTimeoutException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.web.view.ChatExchange;
import dev.concierge.web.view.Confirmation;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The assistant's chat on a client's profile: staff write about the client and read the answer,
 * what it did, and the deletes it left for them to confirm. The same use cases as {@code POST
 * /api/v1/agents/chat} and its confirmation, run in process as the signed-in account, with the
 * API's operations as the tools ({@code toolbox}), so the assistant reaches exactly what the
 * account may. Why it could not answer (off, busy, slow) is said in the panel, not as an error
 * page. The run log names the source {@code api}: the portal is served by the API's server, and a
 * run source of its own would need the log's check constraint widened.
 */
final class AssistantPanel {
  private final UseCases api;
  private final AgentToolbox toolbox;

  AssistantPanel(UseCases api, AgentToolbox toolbox) {
    this.api = api;
    this.toolbox = toolbox;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.post("/clients/{person_id}/chat", Access.WRITE, this::chat),
        PortalRoute.post("/assistant/actions/{action_id}/confirm", Access.WRITE, this::confirm));
  }

  private void chat(Visit visit) {
    UUID personId = visit.pathId("person_id");
    String message = visit.form("message");
    String conversation = visit.form("conversation_id");
    ChatRequest request =
        ChatRequest.api(
            personId,
            message == null ? null : message.strip(),
            conversation == null || conversation.isBlank() ? null : Visit.id(conversation));
    ChatExchange exchange;
    try {
      ChatAnswer answer = api.agentChat().chat(visit.caller(), Confinement.NONE, request, toolbox);
      exchange = ChatExchange.answered(request.message(), answer);
    } catch (ChatFailedException e) {
      exchange = ChatExchange.failed(request.message(), why(e.getCause()), e.conversationId());
    } catch (ValidationException e) {
      exchange =
          ChatExchange.failed(
              request.message() == null ? "" : request.message(),
              "Not sent: the message must be 1 to " + AgentChat.MAX_MESSAGE_LENGTH + " characters.",
              null);
    }
    visit.fragment("chat_exchange.jte", exchange);
  }

  private void confirm(Visit visit) {
    ConfirmedAction confirmed =
        api.pendingActions()
            .confirm(
                visit.caller(),
                visit.pathId("action_id"),
                toolbox.toolsFor(visit.caller(), Confinement.NONE));
    String said =
        confirmed.outcome() instanceof ToolOutcome.Refused refused
            ? "Refused: " + refused.detail()
            : "Done.";
    visit.fragment(
        "confirmation.jte",
        new Confirmation(
            confirmed.action().actionId(),
            confirmed.action().operationId(),
            confirmed.outcome().status(),
            said));
  }

  /** What staff can do about a chat the assistant could not answer. */
  static String why(Throwable cause) {
    if (cause instanceof AssistantOffException) {
      return "The assistant is off: the service runs without ANTHROPIC_API_KEY. Your message is"
          + " kept in the client's conversation.";
    }
    if (cause instanceof LlmTimeoutException) {
      return "The assistant did not answer in time. Your message is kept; try again.";
    }
    if (cause instanceof LlmMalformedReplyException
        || cause instanceof LlmInvalidRequestException) {
      return "The assistant's answer could not be used. Your message is kept; try again, or"
          + " write it another way.";
    }
    if (cause instanceof LlmException busy) {
      long seconds = busy.retryAfter().map(Duration::toSeconds).orElse(30L);
      return "The assistant is busy right now: try again in "
          + Math.max(1, seconds)
          + " seconds. Your message is kept.";
    }
    return "The assistant could not answer. Your message is kept; try again.";
  }
}
