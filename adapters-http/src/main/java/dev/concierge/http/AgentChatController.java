package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.agents.AgentToolbox;
import dev.concierge.core.agents.Confinement;
import dev.concierge.core.agents.actions.PendingActions;
import dev.concierge.core.agents.chat.AgentChat;
import dev.concierge.core.agents.chat.ChatRequest;
import io.javalin.http.Context;
import java.util.List;

/**
 * /api/v1/agents/chat and /api/v1/agents/actions/{action_id}/confirm: staff write to the assistant
 * about a person, and confirm the deletes it asked for. Both write (a message, a delete), so they
 * are the writing roles': an analyst, who only reads, can neither make the model write nor confirm.
 * A staff caller's run is not confined: it reaches what the caller's role reaches.
 */
final class AgentChatController {
  private final AgentChat chat;
  private final PendingActions actions;
  private final AgentToolbox toolbox;
  private final ObjectMapper json;

  /**
   * @param toolbox the API's operations as a caller's tools (the server's own)
   */
  AgentChatController(
      AgentChat chat, PendingActions actions, AgentToolbox toolbox, ObjectMapper json) {
    this.chat = chat;
    this.actions = actions;
    this.toolbox = toolbox;
    this.json = json;
  }

  List<Operation> operations() {
    return List.of(
        Operation.post("/api/v1/agents/chat", "chatWithAssistant", Access.WRITE, this::chat),
        Operation.post(
            "/api/v1/agents/actions/{action_id}/confirm",
            "confirmAgentAction",
            Access.WRITE,
            this::confirm));
  }

  private void chat(Context ctx) {
    JsonBody body = JsonBody.read(ctx, json);
    ChatRequest request =
        ChatRequest.api(
            body.uuid("person_id"), body.string("message"), body.uuid("conversation_id"));
    body.validate();
    ctx.json(
        ChatAnswerJson.of(
            chat.chat(Authentication.caller(ctx), Confinement.NONE, request, toolbox)));
  }

  private void confirm(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    ctx.json(
        ConfirmedActionJson.of(
            actions.confirm(
                caller,
                Params.pathUuid(ctx, "action_id"),
                toolbox.toolsFor(caller, Confinement.NONE)),
            json));
  }
}
