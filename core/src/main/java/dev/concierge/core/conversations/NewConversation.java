package dev.concierge.core.conversations;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.util.UUID;

/** What opening a conversation takes. A null status is active. */
public record NewConversation(
    UUID personId,
    ChannelType channelType,
    String subject,
    ConversationStatus status,
    String externalThreadId,
    @WireName("metadata_jsonb") Metadata metadata) {}
