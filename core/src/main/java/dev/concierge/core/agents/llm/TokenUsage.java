package dev.concierge.core.agents.llm;

/**
 * Tokens one call (or a whole run, summed) consumed.
 *
 * @param input input tokens read fresh, after the last cache breakpoint
 * @param output tokens the model wrote
 * @param cacheRead input tokens read from the prompt cache (billed at a fraction)
 * @param cacheWrite input tokens written to the prompt cache (billed at a premium)
 */
public record TokenUsage(long input, long output, long cacheRead, long cacheWrite) {
  public static final TokenUsage NONE = new TokenUsage(0, 0, 0, 0);

  public TokenUsage {
    if (input < 0 || output < 0 || cacheRead < 0 || cacheWrite < 0) {
      throw new IllegalArgumentException("token counts are never negative");
    }
  }

  public TokenUsage plus(TokenUsage other) {
    return new TokenUsage(
        input + other.input,
        output + other.output,
        cacheRead + other.cacheRead,
        cacheWrite + other.cacheWrite);
  }

  /** Every input token the model read, cached or not. */
  public long allInput() {
    return input + cacheRead + cacheWrite;
  }

  /** Every token the model read or wrote: what a run's token budget counts. */
  public long total() {
    return allInput() + output;
  }
}
