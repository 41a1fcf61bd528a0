package dev.concierge.core.reminders;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.time.Instant;
import java.util.UUID;

/** A partial update of a reminder rule: each field unchanged or set. */
public record ReminderChanges(
    FieldChange<Integer> leadTimeDays,
    @WireName("scheduled_datetime") FieldChange<Instant> scheduledAt,
    FieldChange<ChannelType> channelType,
    FieldChange<UUID> commIdentityId,
    @WireName("metadata_jsonb") FieldChange<Metadata> metadata) {}
