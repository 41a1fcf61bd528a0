package dev.concierge.core.agents;

import java.time.Duration;
import java.util.Objects;

/**
 * What one run may spend before it stops with {@link RunStatus#LIMIT_REACHED}.
 *
 * @param toolRounds how many times the model may ask for tools and get their results
 * @param runTokens every token of every model call of the run, read and written, cached or not
 * @param replyTokens the most one reply of the model may be (the request's max tokens)
 * @param wallTime the whole run, model and tools, on the runtime's clock
 * @param identicalCalls how many times the same tool with the same input ends the run: a model that
 *     repeats itself is stuck, and a third try will not go better than the first two
 */
public record RunLimits(
    int toolRounds, long runTokens, int replyTokens, Duration wallTime, int identicalCalls) {

  public static final RunLimits DEFAULT =
      new RunLimits(8, 200_000, 2_048, Duration.ofSeconds(60), 3);

  public RunLimits {
    Objects.requireNonNull(wallTime, "wallTime");
    if (toolRounds < 0 || runTokens < 1 || replyTokens < 1 || identicalCalls < 1) {
      throw new IllegalArgumentException("run limits must be positive (tool rounds may be 0)");
    }
    if (wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("a run needs time, got " + wallTime);
    }
  }

  public RunLimits withToolRounds(int rounds) {
    return new RunLimits(rounds, runTokens, replyTokens, wallTime, identicalCalls);
  }

  public RunLimits withRunTokens(long tokens) {
    return new RunLimits(toolRounds, tokens, replyTokens, wallTime, identicalCalls);
  }

  public RunLimits withWallTime(Duration time) {
    return new RunLimits(toolRounds, runTokens, replyTokens, time, identicalCalls);
  }
}
