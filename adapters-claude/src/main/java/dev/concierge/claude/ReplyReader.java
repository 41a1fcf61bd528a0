package dev.concierge.claude;

import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.ToolUseBlock;
import com.anthropic.models.messages.Usage;
import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.JsonTree;
import dev.concierge.core.agents.llm.LlmMalformedReplyException;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SDK's {@link Message} as core's {@link LlmReply}. */
final class ReplyReader {
  private ReplyReader() {}

  /**
   * @param requestedModel stands in when the reply does not name its model
   * @throws LlmMalformedReplyException when the message lacks a stop reason, names one this code
   *     does not know, or carries a tool call whose input is not an object
   */
  static LlmReply read(Message message, String requestedModel) {
    String stopReasonName =
        message
            .stopReason()
            .orElseThrow(() -> new LlmMalformedReplyException("Claude's reply has no stop reason"))
            .asString();
    StopReason stopReason =
        StopReason.fromWireName(stopReasonName)
            .orElseThrow(
                () ->
                    new LlmMalformedReplyException(
                        "Claude stopped for a reason this version does not know: "
                            + stopReasonName));
    String model = message.model().asString();
    return new LlmReply(
        model.isBlank() ? requestedModel : model,
        content(message),
        stopReason,
        usage(message.usage()));
  }

  // Thinking and server-tool blocks are the provider's own business; core needs text and calls.
  private static List<ContentBlock> content(Message message) {
    List<ContentBlock> content = new ArrayList<>();
    message
        .content()
        .forEach(
            block -> {
              block.text().ifPresent(text -> content.add(new ContentBlock.Text(text.text())));
              block.toolUse().ifPresent(use -> content.add(toolUse(use)));
            });
    return content;
  }

  private static ContentBlock.ToolUse toolUse(ToolUseBlock use) {
    if (!(JsonValues.plain(use._input()) instanceof Map<?, ?> input)) {
      throw new LlmMalformedReplyException(
          "Claude called " + use.name() + " with an input that is not a JSON object");
    }
    return new ContentBlock.ToolUse(use.id(), use.name(), JsonTree.copyObject(input));
  }

  private static TokenUsage usage(Usage usage) {
    return new TokenUsage(
        usage.inputTokens(),
        usage.outputTokens(),
        usage.cacheReadInputTokens().orElse(0L),
        usage.cacheCreationInputTokens().orElse(0L));
  }
}
