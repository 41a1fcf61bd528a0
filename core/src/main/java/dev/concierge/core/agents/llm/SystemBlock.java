package dev.concierge.core.agents.llm;

import java.util.Objects;

/**
 * One block of the system prompt. A cached block ends a prefix that the provider may keep between
 * calls (Anthropic's prompt caching): everything up to and including it is read from the cache when
 * it repeats, which is what an agent's rules and a person's context do on every round of a run.
 *
 * @param cached whether the prompt up to the end of this block is worth caching
 */
public record SystemBlock(String text, boolean cached) {
  public SystemBlock {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a system block needs text");
    }
  }

  public static SystemBlock cached(String text) {
    return new SystemBlock(text, true);
  }

  public static SystemBlock uncached(String text) {
    return new SystemBlock(text, false);
  }
}
