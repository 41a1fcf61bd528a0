package dev.concierge.core.frontdesk;

import dev.concierge.core.agents.AgentName;
import dev.concierge.core.conversations.SenderType;
import dev.concierge.core.model.Metadata;
import java.util.Objects;
import java.util.UUID;

/**
 * What the {@link FrontDesk} answers, and as whom it is stored in the conversation.
 *
 * @param text plain text, posted as written (at most 40,000 characters, Slack's limit)
 * @param author {@link SenderType#AGENT} for the assistant, {@link SenderType#SYSTEM} for the
 *     service's own acknowledgement
 * @param metadata kept with the stored answer: the assistant's run and agent, as the API's chat
 *     keeps them, so staff reading the conversation can open the run that wrote it
 */
public record FrontDeskReply(String text, SenderType author, Metadata metadata) {
  public static final int MAX_LENGTH = 40_000;

  public FrontDeskReply {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(metadata, "metadata");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a reply says something");
    }
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH - 1) + "…";
    }
  }

  public static FrontDeskReply fromAssistant(String text) {
    return new FrontDeskReply(text, SenderType.AGENT, Metadata.EMPTY);
  }

  /** The assistant's answer written by a logged run. */
  public static FrontDeskReply fromAssistant(String text, UUID runId, AgentName agent) {
    return new FrontDeskReply(
        text,
        SenderType.AGENT,
        Metadata.EMPTY
            .with("agent_run_id", runId.toString())
            .with("agent", agent == null ? null : agent.wireName()));
  }

  public static FrontDeskReply fromSystem(String text) {
    return new FrontDeskReply(text, SenderType.SYSTEM, Metadata.EMPTY);
  }
}
