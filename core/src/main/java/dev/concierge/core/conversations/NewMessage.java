package dev.concierge.core.conversations;

import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.util.UUID;

/**
 * A message to add to a conversation. A null sender type is the client for an inbound message (it
 * came from the person), staff otherwise.
 */
public record NewMessage(
    MessageDirection direction,
    SenderType senderType,
    UUID senderPersonId,
    String content,
    String externalMessageId,
    @WireName("metadata_jsonb") Metadata metadata) {}
