package dev.concierge.core.agents.llm;

import java.util.List;
import java.util.Objects;

/** One turn of the conversation with the model: the user's (person's or tools') or the model's. */
public record LlmMessage(Role role, List<ContentBlock> content) {

  /** Who speaks. Tool results are the user's turn, as in the Messages API. */
  public enum Role {
    USER,
    ASSISTANT
  }

  public LlmMessage {
    Objects.requireNonNull(role, "role");
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a message needs content");
    }
  }

  public static LlmMessage user(String text) {
    return new LlmMessage(Role.USER, List.of(new ContentBlock.Text(text)));
  }

  public static LlmMessage user(List<? extends ContentBlock> content) {
    return new LlmMessage(Role.USER, List.copyOf(content));
  }

  public static LlmMessage assistant(List<? extends ContentBlock> content) {
    return new LlmMessage(Role.ASSISTANT, List.copyOf(content));
  }
}
