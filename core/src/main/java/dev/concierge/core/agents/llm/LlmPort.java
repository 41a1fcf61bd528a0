package dev.concierge.core.agents.llm;

/**
 * A language model that answers one request of the Messages kind: system blocks, a conversation of
 * messages, the tools it may call. It keeps no state between calls; the agent runtime carries the
 * conversation. Implementations bound their own time and retries and fail with one of the {@link
 * LlmException} subclasses, so callers never see a provider's own exception types.
 */
public interface LlmPort {

  /**
   * @throws LlmException when the model cannot answer now (rate limited, overloaded, unavailable,
   *     too slow), refuses the request as invalid, or answers with something that is not a reply
   */
  LlmReply complete(LlmRequest request);
}
