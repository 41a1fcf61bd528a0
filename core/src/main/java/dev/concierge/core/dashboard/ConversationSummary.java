package dev.concierge.core.dashboard;

import dev.concierge.core.identities.ChannelType;
import java.time.Instant;
import java.util.UUID;

/** A conversation as the dashboard lists it: its last message (a preview) and its size. */
public record ConversationSummary(
    UUID conversationId,
    ChannelType channelType,
    String lastMessagePreview,
    Instant lastMessageAt,
    long messageCount) {}
