package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.Caller;
import dev.concierge.core.conversations.Conversation;
import dev.concierge.core.conversations.ConversationLog;
import dev.concierge.core.conversations.ConversationStatus;
import dev.concierge.core.conversations.Message;
import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.conversations.NewConversation;
import dev.concierge.core.conversations.NewMessage;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.PersonZones;
import dev.concierge.core.search.SearchText;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** /api/v1/conversations and their messages. */
final class ConversationsController {
  private final ConversationLog conversations;
  private final PersonZones zones;
  private final ObjectMapper json;

  ConversationsController(ConversationLog conversations, PersonZones zones, ObjectMapper json) {
    this.conversations = conversations;
    this.zones = zones;
    this.json = json;
  }

  List<Operation> operations() {
    String conversation = "/api/v1/conversations/{conversation_id}";
    return List.of(
        Operation.get("/api/v1/conversations", "listConversations", Access.READ, this::list),
        Operation.post("/api/v1/conversations", "createConversation", Access.WRITE, this::create),
        Operation.get(conversation, "getConversation", Access.READ, this::get),
        Operation.delete(conversation, "deleteConversation", Access.WRITE, this::delete),
        Operation.get(conversation + "/messages", "listMessages", Access.READ, this::messages),
        Operation.post(conversation + "/messages", "createMessage", Access.WRITE, this::log),
        Operation.delete(
            conversation + "/messages/{message_id}",
            "deleteMessage",
            Access.WRITE,
            this::deleteMessage));
  }

  private void list(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    SearchText matching = SearchText.ofNullable(Params.query(ctx, "q"));
    PageRequest request = Params.page(ctx);
    Page<Conversation> page =
        conversations.list(caller, Params.queryUuid(ctx, "person_id"), matching, request);
    Function<UUID, ZoneId> zone =
        zones.ofPersons(caller, page.items().stream().map(Conversation::personId).toList());
    Responses.page(
        ctx, page.map(c -> ConversationJson.of(c, zone.apply(c.personId()))), matching, request);
  }

  private void get(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    Conversation conversation = conversations.get(caller, Params.pathUuid(ctx, "conversation_id"));
    ctx.json(ConversationJson.of(conversation, zones.ofPerson(caller, conversation.personId())));
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
        ctx,
        "/api/v1/conversations/" + created.conversationId(),
        ConversationJson.of(created, zones.ofPerson(caller, created.personId())));
  }

  private void delete(Context ctx) {
    conversations.delete(Authentication.caller(ctx), Params.pathUuid(ctx, "conversation_id"));
    Responses.deleted(ctx);
  }

  private void deleteMessage(Context ctx) {
    conversations.deleteMessage(
        Authentication.caller(ctx),
        Params.pathUuid(ctx, "conversation_id"),
        Params.pathUuid(ctx, "message_id"));
    Responses.deleted(ctx);
  }

  /** In the zone of the conversation's person. */
  private void messages(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    UUID conversationId = Params.pathUuid(ctx, "conversation_id");
    Page<Message> page = conversations.messages(caller, conversationId, Params.page(ctx));
    ZoneId zone = zones.ofConversation(caller, conversationId);
    Responses.page(ctx, page.map(m -> MessageJson.of(m, zone)));
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
        ctx,
        "/api/v1/conversations/" + conversationId + "/messages",
        MessageJson.of(logged, zones.ofConversation(caller, conversationId)));
  }
}
