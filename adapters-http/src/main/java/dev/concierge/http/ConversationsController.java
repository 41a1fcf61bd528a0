package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.model.ChannelType;
import dev.concierge.core.model.Conversation;
import dev.concierge.core.model.ConversationStatus;
import dev.concierge.core.model.Message;
import dev.concierge.core.model.MessageDirection;
import dev.concierge.core.model.SenderType;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/** /api/v1/conversations and their messages. */
final class ConversationsController {

  private final ConversationLog conversations;
  private final ObjectMapper json;

  ConversationsController(ConversationLog conversations, ObjectMapper json) {
    this.conversations = conversations;
    this.json = json;
  }

  List<Operation> operations() {
    String conversation = "/api/v1/conversations/{conversation_id}";
    return List.of(
        Operation.get("/api/v1/conversations", "listConversations", Access.READ, this::list),
        Operation.post("/api/v1/conversations", "createConversation", Access.WRITE, this::create),
        Operation.get(conversation, "getConversation", Access.READ, this::get),
        Operation.get(conversation + "/messages", "listMessages", Access.READ, this::messages),
        Operation.post(conversation + "/messages", "createMessage", Access.WRITE, this::log));
  }

  private void list(Context ctx) {
    Responses.page(
        ctx,
        conversations
            .list(Authentication.caller(ctx), Params.queryUuid(ctx, "person_id"), Params.page(ctx))
            .map(ConversationJson::of));
  }

  private void get(Context ctx) {
    ctx.json(
        ConversationJson.of(
            conversations.get(
                Authentication.caller(ctx), Params.pathUuid(ctx, "conversation_id"))));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    NewConversation conversation =
        new NewConversation(
            body.uuid("person_id"),
            body.enumeration(
                "channel_type",
                ChannelType::fromWireName,
                ChannelType.values(),
                ChannelType::wireName),
            body.string("subject"),
            body.enumeration(
                "status",
                ConversationStatus::fromWireName,
                ConversationStatus.values(),
                ConversationStatus::wireName),
            body.string("external_thread_id"),
            body.object("metadata_jsonb"));
    body.validate();
    Conversation created = conversations.start(caller, conversation);
    Responses.created(
        ctx, "/api/v1/conversations/" + created.conversationId(), ConversationJson.of(created));
  }

  private void messages(Context ctx) {
    Responses.page(
        ctx,
        conversations
            .messages(
                Authentication.caller(ctx),
                Params.pathUuid(ctx, "conversation_id"),
                Params.page(ctx))
            .map(MessageJson::of));
  }

  private void log(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID conversationId = Params.pathUuid(ctx, "conversation_id");
    JsonBody body = JsonBody.read(ctx, json);
    NewMessage message =
        new NewMessage(
            body.enumeration(
                "direction",
                MessageDirection::fromWireName,
                MessageDirection.values(),
                MessageDirection::wireName),
            body.enumeration(
                "sender_type", SenderType::fromWireName, SenderType.values(), SenderType::wireName),
            body.uuid("sender_person_id"),
            body.string("content"),
            body.string("external_message_id"),
            body.object("metadata_jsonb"));
    body.validate();
    Message logged = conversations.log(caller, conversationId, message);
    // messages have no endpoint of their own; the location is the conversation's message list
    Responses.created(
        ctx, "/api/v1/conversations/" + conversationId + "/messages", MessageJson.of(logged));
  }
}
