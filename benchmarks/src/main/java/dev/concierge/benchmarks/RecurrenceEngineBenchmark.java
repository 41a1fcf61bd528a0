package dev.concierge.benchmarks;

import dev.concierge.core.time.Recurrence;
import dev.concierge.core.time.RecurrenceRule;
import dev.concierge.core.time.ZonedRecurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Core's general RFC 5545 engine ({@link RecurrenceRule#parse} + {@link Recurrence} or {@link
 * ZonedRecurrence}) beside lib-recur 0.17.1, in the same run: "the first occurrence at or after
 * this time", parse of the rule text included.
 *
 * <p>4,096 items, each with its own copy of the rule text (as read from a database row), a start
 * between 1940 and 2020 at 09:00, and a target time in 2026, so both engines must get from an old
 * start to the present. {@code floating}: wall-clock starts and targets ({@code LocalDateTime}, a
 * floating lib-recur {@code DateTime}). A zone: the start is in that zone and the target is an
 * instant (lib-recur: {@code iterator(millis, TimeZone)} and {@code fastForward(millis)}). The
 * set-up checks that the two engines agree on every item, so both sides answer the same question.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RecurrenceEngineBenchmark -f 1 -wi 3 -i 5 -w 2s -r 3s -t 1 \
 *   -prof dev.concierge.benchmarks.CpuTimeProfiler
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecurrenceEngineBenchmark {

  private static final int ITEMS = 4096;

  @Param({
    "FREQ=YEARLY",
    "FREQ=MONTHLY;BYMONTHDAY=15",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
  })
  public String rule;

  @Param({"floating", "America/New_York"})
  public String zone;

  private final String[] texts = new String[ITEMS];
  private final LocalDateTime[] starts = new LocalDateTime[ITEMS];
  private final LocalDateTime[] froms = new LocalDateTime[ITEMS];
  private final ZonedDateTime[] zonedStarts = new ZonedDateTime[ITEMS];
  private final Instant[] instants = new Instant[ITEMS];
  private final DateTime[] libStarts = new DateTime[ITEMS];
  private final DateTime[] libFroms = new DateTime[ITEMS];
  private final long[] startMillis = new long[ITEMS];
  private final long[] fromMillis = new long[ITEMS];
  private TimeZone timeZone;
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    boolean floating = zone.equals("floating");
    ZoneId zoneId = floating ? null : ZoneId.of(zone);
    timeZone = floating ? null : TimeZone.getTimeZone(zoneId);
    for (int i = 0; i < ITEMS; i++) {
      texts[i] = new String(rule.toCharArray());
      starts[i] =
          LocalDate.of(1940 + random.nextInt(80), 1, 1).plusDays(random.nextInt(365)).atTime(9, 0);
      froms[i] =
          LocalDate.of(2026, 1, 1)
              .plusDays(random.nextInt(365))
              .atTime(random.nextInt(24), random.nextInt(60));
      libStarts[i] = libDateTime(starts[i]);
      libFroms[i] = libDateTime(froms[i]);
      if (!floating) {
        zonedStarts[i] = starts[i].atZone(zoneId);
        instants[i] = froms[i].atZone(zoneId).toInstant();
        startMillis[i] = zonedStarts[i].toInstant().toEpochMilli();
        fromMillis[i] = instants[i].toEpochMilli();
      }
    }
    for (int i = 0; i < ITEMS; i++) {
      String ours =
          floating
              ? ours(i).map(RecurrenceEngineBenchmark::text).orElse("none")
              : oursZoned(i).map(z -> Long.toString(z.toInstant().toEpochMilli())).orElse("none");
      String theirs =
          floating
              ? Optional.ofNullable(libRecur(i)).map(DateTime::toString).orElse("none")
              : Optional.of(libRecurZoned(i))
                  .filter(millis -> millis >= 0)
                  .map(String::valueOf)
                  .orElse("none");
      if (!ours.equals(theirs)) {
        throw new IllegalStateException(
            rule
                + " from "
                + starts[i]
                + " at "
                + froms[i]
                + ": "
                + ours
                + " but lib-recur "
                + theirs);
      }
    }
    next = 0;
  }

  @Benchmark
  public Object ours() {
    int i = next++ & (ITEMS - 1);
    return timeZone == null ? ours(i) : oursZoned(i);
  }

  @Benchmark
  public Object libRecur() {
    int i = next++ & (ITEMS - 1);
    return timeZone == null ? libRecur(i) : libRecurZoned(i);
  }

  private Optional<LocalDateTime> ours(int i) {
    return new Recurrence(RecurrenceRule.parse(texts[i]), starts[i]).firstOnOrAfter(froms[i]);
  }

  private Optional<ZonedDateTime> oursZoned(int i) {
    return new ZonedRecurrence(RecurrenceRule.parse(texts[i]), zonedStarts[i])
        .firstOnOrAfter(instants[i]);
  }

  private DateTime libRecur(int i) {
    RecurrenceRuleIterator instances = libRule(texts[i]).iterator(libStarts[i]);
    instances.fastForward(libFroms[i]);
    return instances.hasNext() ? instances.nextDateTime() : null;
  }

  private long libRecurZoned(int i) {
    RecurrenceRuleIterator instances = libRule(texts[i]).iterator(startMillis[i], timeZone);
    instances.fastForward(fromMillis[i]);
    return instances.hasNext() ? instances.nextMillis() : -1;
  }

  private static org.dmfs.rfc5545.recur.RecurrenceRule libRule(String text) {
    try {
      return new org.dmfs.rfc5545.recur.RecurrenceRule(text);
    } catch (InvalidRecurrenceRuleException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static String text(LocalDateTime local) {
    return libDateTime(local).toString();
  }

  /** lib-recur's floating date-time; its months count from 0. */
  private static DateTime libDateTime(LocalDateTime local) {
    return new DateTime(
        local.getYear(),
        local.getMonthValue() - 1,
        local.getDayOfMonth(),
        local.getHour(),
        local.getMinute(),
        local.getSecond());
  }
}
