package dev.concierge.core.agents.llm;

import java.util.Map;
import java.util.Objects;

/** One block of a message's content: text, a tool call of the model, or the result of one. */
public sealed interface ContentBlock {

  /** Text, from the person or the model. */
  record Text(String text) implements ContentBlock {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The model asks for a tool to be called. The id pairs the call with its {@link ToolResult}.
   *
   * @param input the arguments as a JSON object (see {@link JsonTree})
   */
  record ToolUse(String id, String name, Map<String, Object> input) implements ContentBlock {
    public ToolUse {
      requireText(id, "id");
      requireText(name, "name");
      input = JsonTree.copyObject(input);
    }
  }

  /**
   * What a tool call gave, as text the model reads (JSON for our tools).
   *
   * @param error whether the call was refused or failed; the model is then expected to correct its
   *     call or explain, rather than to treat the content as data
   */
  record ToolResult(String toolUseId, String content, boolean error) implements ContentBlock {
    public ToolResult {
      requireText(toolUseId, "toolUseId");
      Objects.requireNonNull(content, "content");
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
