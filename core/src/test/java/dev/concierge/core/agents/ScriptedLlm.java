package dev.concierge.core.agents;

import dev.concierge.core.agents.llm.ContentBlock;
import dev.concierge.core.agents.llm.LlmException;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.agents.llm.LlmReply;
import dev.concierge.core.agents.llm.LlmRequest;
import dev.concierge.core.agents.llm.StopReason;
import dev.concierge.core.agents.llm.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A model that plays a script: each call takes the next reply (or failure) and records the request,
 * so a test can say what the model does and then check what it was sent. Public so that tests of
 * the wiring in other modules can script the model too.
 */
public final class ScriptedLlm implements LlmPort {
  public static final String MODEL = "claude-scripted-1";
  public static final TokenUsage USAGE = new TokenUsage(100, 20, 0, 0);

  private final Deque<Object> script = new ArrayDeque<>();
  private final List<LlmRequest> requests = new ArrayList<>();
  private Runnable onEachCall = () -> {};

  /** The next call answers this. */
  public ScriptedLlm then(LlmReply reply) {
    script.add(reply);
    return this;
  }

  /** The next call fails so: an {@link LlmException} as an adapter would, or a bug. */
  public ScriptedLlm thenFails(RuntimeException failure) {
    script.add(failure);
    return this;
  }

  /** Runs before every answer, e.g. to move a test clock as a slow model would. */
  public ScriptedLlm onEachCall(Runnable action) {
    this.onEachCall = action;
    return this;
  }

  public List<LlmRequest> requests() {
    return List.copyOf(requests);
  }

  public LlmRequest request(int index) {
    return requests.get(index);
  }

  @Override
  public synchronized LlmReply complete(LlmRequest request) {
    requests.add(request);
    onEachCall.run();
    Object next = script.poll();
    if (next == null) {
      throw new AssertionError("the script has no reply for call " + requests.size());
    }
    if (next instanceof RuntimeException failure) {
      throw failure;
    }
    return (LlmReply) next;
  }

  public static LlmReply text(String text) {
    return reply(StopReason.END_TURN, new ContentBlock.Text(text));
  }

  /** A reply asking for these tool calls, in this order. */
  public static LlmReply toolCalls(ContentBlock.ToolUse... calls) {
    return reply(StopReason.TOOL_USE, calls);
  }

  public static ContentBlock.ToolUse call(String id, String tool, Map<String, Object> input) {
    return new ContentBlock.ToolUse(id, tool, input);
  }

  public static LlmReply reply(StopReason stopReason, ContentBlock... content) {
    return new LlmReply(MODEL, List.of(content), stopReason, USAGE);
  }
}
