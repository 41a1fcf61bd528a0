package dev.concierge.core.frontdesk;

import dev.concierge.core.identities.ChannelType;
import java.util.Objects;

/**
 * A message a person wrote to the concierge on a chat channel, as the channel delivered it.
 *
 * @param eventId the channel's id of this delivery's event (Slack's {@code event_id}), the same
 *     when the channel delivers it again: it is handled once
 * @param workspace where it was written (Slack's {@code team_id}), which names the organization
 * @param sender who wrote it, as the channel names them (a Slack user id): their comm identity's
 *     value
 * @param threadId the conversation it belongs to on the channel (a Slack DM's channel id, or a
 *     channel's thread)
 * @param externalMessageId the channel's id of the message (Slack's {@code ts})
 * @param text what it says; may be empty (a message that only shares a file)
 */
public record InboundMessage(
    String eventId,
    ChannelType channel,
    String workspace,
    String sender,
    String threadId,
    String externalMessageId,
    String text) {

  public InboundMessage {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(threadId, "threadId");
    Objects.requireNonNull(externalMessageId, "externalMessageId");
    text = text == null ? "" : text;
  }
}
