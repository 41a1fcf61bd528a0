package dev.concierge.claude;

import com.anthropic.models.messages.CacheControlEphemeral;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageParam;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolChoiceAny;
import com.anthropic.models.messages.ToolChoiceAuto;
import com.anthropic.models.messages.ToolChoiceNone;
import com.anthropic.models.messages.ToolChoiceTool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlockParam;
import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmMessage;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.SystemBlock;
import dev.concierge.core.agents.llm.ToolChoice;
import dev.concierge.core.agents.llm.ToolDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Core's {@link LlmRequest} as the SDK's Messages API parameters. */
final class MessageParams {
  private static final CacheControlEphemeral EPHEMERAL = CacheControlEphemeral.builder().build();

  private MessageParams() {}

  static MessageCreateParams of(LlmRequest request) {
    MessageCreateParams.Builder params =
        MessageCreateParams.builder().model(request.model()).maxTokens(request.maxTokens());
    if (!request.system().isEmpty()) {
      params.systemOfTextBlockParams(request.system().stream().map(MessageParams::system).toList());
    }
    params.messages(request.messages().stream().map(MessageParams::message).toList());
    List<ToolDefinition> tools = request.tools();
    for (int i = 0; i < tools.size(); i++) {
      // The tools open every request of a run unchanged: a breakpoint after the last one caches
      // them all, even when a later system block (the person's context) differs between runs.
      params.addTool(tool(tools.get(i), i == tools.size() - 1));
    }
    // The API refuses a tool choice without tools; without tools, there is nothing to choose.
    if (!tools.isEmpty()) {
      toolChoice(params, request.toolChoice());
    }
    return params.build();
  }

  private static TextBlockParam system(SystemBlock block) {
    TextBlockParam.Builder text = TextBlockParam.builder().text(block.text());
    if (block.cached()) {
      text.cacheControl(EPHEMERAL);
    }
    return text.build();
  }

  private static MessageParam message(LlmMessage message) {
    List<ContentBlockParam> content =
        message.content().stream()
            // the API refuses empty text blocks; a model's empty text carries nothing to send back
            .filter(block -> !(block instanceof ContentBlock.Text text && text.text().isEmpty()))
            .map(MessageParams::content)
            .toList();
    return message.role() == LlmMessage.Role.USER
        ? MessageParam.ofUserOfContentBlockParams(content)
        : MessageParam.ofAssistantOfContentBlockParams(content);
  }

  private static ContentBlockParam content(ContentBlock block) {
    if (block instanceof ContentBlock.Text text) {
      return ContentBlockParam.ofText(TextBlockParam.builder().text(text.text()).build());
    }
    if (block instanceof ContentBlock.ToolUse use) {
      return ContentBlockParam.ofToolUse(
          ToolUseBlockParam.builder()
              .id(use.id())
              .name(use.name())
              .input(
                  ToolUseBlockParam.Input.builder()
                      .putAllAdditionalProperties(JsonValues.members(use.input()))
                      .build())
              .build());
    }
    ContentBlock.ToolResult result = (ContentBlock.ToolResult) block;
    return ContentBlockParam.ofToolResult(
        ToolResultBlockParam.builder()
            .toolUseId(result.toolUseId())
            .content(result.content())
            .isError(result.error())
            .build());
  }

  private static Tool tool(ToolDefinition definition, boolean cached) {
    Tool.Builder tool =
        Tool.builder()
            .name(definition.name())
            .description(definition.description())
            .inputSchema(inputSchema(definition.inputSchema()));
    if (cached) {
      tool.cacheControl(EPHEMERAL);
    }
    return tool.build();
  }

  // The SDK models "properties" and "required" and carries the rest of the schema as is.
  private static Tool.InputSchema inputSchema(Map<String, Object> schema) {
    Tool.InputSchema.Builder input = Tool.InputSchema.builder();
    Map<String, Object> rest = new LinkedHashMap<>(schema);
    rest.remove("type");
    if (rest.remove("properties") instanceof Map<?, ?> properties) {
      Map<String, Object> named = new LinkedHashMap<>();
      properties.forEach((name, property) -> named.put(String.valueOf(name), property));
      input.properties(
          Tool.InputSchema.Properties.builder()
              .putAllAdditionalProperties(JsonValues.members(named))
              .build());
    }
    if (rest.remove("required") instanceof List<?> required) {
      input.required(required.stream().map(String::valueOf).toList());
    }
    return input.putAllAdditionalProperties(JsonValues.members(rest)).build();
  }

  private static void toolChoice(MessageCreateParams.Builder params, ToolChoice choice) {
    if (choice instanceof ToolChoice.Tool named) {
      params.toolChoice(ToolChoiceTool.builder().name(named.name()).build());
    } else if (choice instanceof ToolChoice.Any) {
      params.toolChoice(ToolChoiceAny.builder().build());
    } else if (choice instanceof ToolChoice.None) {
      params.toolChoice(ToolChoiceNone.builder().build());
    } else {
      params.toolChoice(ToolChoiceAuto.builder().build());
    }
  }
}
