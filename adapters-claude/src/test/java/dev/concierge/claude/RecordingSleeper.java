package dev.concierge.claude;

import com.anthropic.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** The SDK's wait between attempts, recorded instead of slept, so retry tests take no time. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  List<Duration> waits() {
    return List.copyOf(waits);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    waits.add(duration);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {}
}
