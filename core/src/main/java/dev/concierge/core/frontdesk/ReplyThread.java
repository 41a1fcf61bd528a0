package dev.concierge.core.frontdesk;

import java.util.Optional;

/**
 * Where the answer to one {@link InboundMessage} goes: the channel's thread it came from. The
 * channel adapter makes one per message.
 */
public interface ReplyThread {
  /**
   * Posts {@code text} in the thread.
   *
   * @return the channel's id of the posted message (Slack's {@code ts})
   * @throws RuntimeException when the channel refused it or could not be reached
   */
  String post(String text);

  /** The name the channel shows for the sender, for staff to recognise an unknown contact. */
  Optional<String> senderName();
}
