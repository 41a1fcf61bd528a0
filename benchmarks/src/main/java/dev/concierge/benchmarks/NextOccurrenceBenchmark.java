package dev.concierge.benchmarks;

import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.NextOccurrence;
import dev.concierge.core.time.RecurringDate;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Next-occurrence computations per second, each including the parse of the stored rule text, as the
 * backfill and roll-over do for every date item. The dates vary so no answer is constant.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar NextOccurrenceBenchmark -f 1 -wi 3 -i 5 -w 2s -r 3s -t 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class NextOccurrenceBenchmark {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private int i;

  @Benchmark
  public Optional<LocalDate> yearlyBirthday() {
    LocalDate birthday = LocalDate.of(1950 + (i & 63), 1 + (i % 12), 1 + (i++ % 28));
    return NextOccurrence.onOrAfter(
        RecurringDate.of(birthday, "FREQ=YEARLY", LeapDayPolicy.FEB_28), TODAY);
  }

  @Benchmark
  public Optional<LocalDate> lastWeekdayOfTheMonth() {
    LocalDate start = LocalDate.of(2020 + (i & 3), 1 + (i % 12), 1 + (i++ % 28));
    return NextOccurrence.onOrAfter(
        RecurringDate.of(
            start, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", LeapDayPolicy.FEB_28),
        TODAY);
  }
}
