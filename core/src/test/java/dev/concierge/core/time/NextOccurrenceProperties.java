package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The fast path and the general engine give the same next occurrence; neither goes backwards. */
class NextOccurrenceProperties {

  @Property(tries = 3000)
  void the_fast_path_agrees_with_the_general_engine(
      @ForAll("simpleItems") RecurringDate item,
      @ForAll @IntRange(min = -2000, max = 15_000) int daysAfter) {
    LocalDate today = item.date().plusDays(daysAfter);
    assertThat(SimpleRecurrence.handles(item)).isTrue();
    Statistics.label("rule")
        .collect(item.rule().map(r -> r.frequency().toString()).orElse("one-off"));

    Optional<LocalDate> fast = SimpleRecurrence.nextOnOrAfter(item, today);

    assertThat(fast).isEqualTo(NextOccurrence.byGeneralEngine(item, today));
    assertThat(fast).isEqualTo(item.occurrences().filter(d -> !d.isBefore(today)).findFirst());
  }

  @Property(tries = 500)
  void the_next_occurrence_is_never_before_today(
      @ForAll("anyItems") RecurringDate item,
      @ForAll @IntRange(min = -2000, max = 15_000) int daysAfter) {
    LocalDate today = item.date().plusDays(daysAfter);

    Optional<LocalDate> next = NextOccurrence.onOrAfter(item, today);

    next.ifPresent(date -> assertThat(date).isAfterOrEqualTo(today));
    assertThat(next).isEqualTo(item.occurrences().filter(d -> !d.isBefore(today)).findFirst());
  }

  @Provide
  Arbitrary<RecurringDate> simpleItems() {
    Arbitrary<String> frequency = Arbitraries.of("YEARLY", "MONTHLY", "WEEKLY", "DAILY");
    Arbitrary<Integer> interval =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just(1)),
            net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(2, 13)));
    Arbitrary<String> end =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.integers().between(1, 40).map(n -> ";COUNT=" + n),
            Arbitraries.integers().between(0, 12_000).map(d -> ";UNTIL=" + until(d)));
    Arbitrary<String> rule =
        Combinators.combine(frequency, interval, end)
            .as((f, i, e) -> "FREQ=" + f + (i == 1 ? "" : ";INTERVAL=" + i) + e);
    Arbitrary<String> maybeRule =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just("")), net.jqwik.api.Tuple.of(9, rule));
    return Combinators.combine(dates(), maybeRule, Arbitraries.of(LeapDayPolicy.class))
        .as(RecurringDate::of)
        .filter(SimpleRecurrence::handles);
  }

  @Provide
  Arbitrary<RecurringDate> anyItems() {
    Arbitrary<String> rule =
        Arbitraries.randomValue(random -> new RandomRules(random).next(0, false))
            .filter(c -> !RecurrenceRule.parse(c.rule()).frequency().isSubDaily())
            .map(RandomRules.Case::rule);
    return Combinators.combine(dates(), rule, Arbitraries.of(LeapDayPolicy.class))
        .as(RecurringDate::of);
  }

  /** Dates from 1990 to 2040, with leap days and month ends far more often than by chance. */
  private static Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> any =
        Arbitraries.integers().between(0, 18_262).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    Arbitrary<LocalDate> leapDay =
        Arbitraries.integers().between(0, 12).map(i -> LocalDate.of(1992 + 4 * i, 2, 29));
    Arbitrary<LocalDate> monthEnd =
        any.map(d -> d.withDayOfMonth(d.lengthOfMonth()).minusDays(d.getDayOfMonth() % 3));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, any),
        net.jqwik.api.Tuple.of(2, leapDay),
        net.jqwik.api.Tuple.of(2, monthEnd));
  }

  private static String until(int daysAfter2000) {
    return LocalDate.of(2000, 1, 1)
        .plusDays(daysAfter2000)
        .format(DateTimeFormatter.BASIC_ISO_DATE);
  }
}
