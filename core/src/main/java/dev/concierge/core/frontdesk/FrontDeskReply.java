package dev.concierge.core.frontdesk;

import dev.concierge.core.conversations.SenderType;
import java.util.Objects;

/**
 * What the {@link FrontDesk} answers, and as whom it is stored in the conversation.
 *
 * @param text plain text, posted as written (at most 40,000 characters, Slack's limit)
 * @param author {@link SenderType#AGENT} for the assistant, {@link SenderType#SYSTEM} for the
 *     service's own acknowledgement
 */
public record FrontDeskReply(String text, SenderType author) {
  public static final int MAX_LENGTH = 40_000;

  public FrontDeskReply {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a reply says something");
    }
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH - 1) + "…";
    }
  }

  public static FrontDeskReply fromAssistant(String text) {
    return new FrontDeskReply(text, SenderType.AGENT);
  }

  public static FrontDeskReply fromSystem(String text) {
    return new FrontDeskReply(text, SenderType.SYSTEM);
  }
}
