package dev.concierge.benchmarks;

import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.NextOccurrence;
import dev.concierge.core.time.RecurringDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * "Next occurrence on or after today" for a stored date item, parse of the stored rule text
 * included: the work a reminder roll-over or an "upcoming dates" listing does per item.
 *
 * <p>{@code warm}: every item stores the same rule text (each item its own String), so the parse is
 * a cache hit, as in production where a handful of texts repeat. {@code cold}: 4096 distinct texts
 * (the same rule with a different far-future UNTIL), more than the parse cache holds, so every call
 * parses from scratch.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar NextOccurrenceBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s -t 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NextOccurrenceBenchmark {

  private static final int ITEMS = 4096;

  @Param({"FREQ=YEARLY", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"})
  public String rule;

  @Param({"warm", "cold"})
  public String parseCache;

  private final LocalDate[] dates = new LocalDate[ITEMS];
  private final LocalDate[] todays = new LocalDate[ITEMS];
  private final String[] ruleTexts = new String[ITEMS];
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    LocalDate farFuture = LocalDate.of(9000, 1, 1);
    for (int i = 0; i < ITEMS; i++) {
      dates[i] = LocalDate.of(1940 + random.nextInt(80), 1, 1).plusDays(random.nextInt(365));
      todays[i] = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
      ruleTexts[i] =
          parseCache.equals("warm")
              ? new String(rule.toCharArray())
              : rule + ";UNTIL=" + farFuture.plusDays(i).format(DateTimeFormatter.BASIC_ISO_DATE);
    }
  }

  @Benchmark
  public Optional<LocalDate> nextOccurrence() {
    int i = next++ & (ITEMS - 1);
    RecurringDate item = RecurringDate.of(dates[i], ruleTexts[i], LeapDayPolicy.FEB_28);
    return NextOccurrence.onOrAfter(item, todays[i]);
  }
}
