package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties every rule must have, over generated rules, starts and days. */
class RecurrencePropertiesTest {
  private static final int TAKE = 60;

  @Property(tries = 400)
  void occurrences_strictly_increase(
      @ForAll("rules") String rule, @ForAll("starts") LocalDateTime start) {
    List<LocalDateTime> occurrences = take(rule, start);

    for (int i = 1; i < occurrences.size(); i++) {
      assertThat(occurrences.get(i)).isAfter(occurrences.get(i - 1));
    }
  }

  @Property(tries = 300)
  void count_is_never_exceeded_and_met_by_rules_without_limits(
      @ForAll("rules") String rule,
      @ForAll("starts") LocalDateTime start,
      @ForAll @IntRange(min = 1, max = 30) int count) {
    String limited = rule + ";COUNT=" + count;

    List<LocalDateTime> occurrences = take(limited, start);

    assertThat(occurrences).hasSizeLessThanOrEqualTo(count);
    if (!rule.contains(";BY")) {
      assertThat(occurrences).hasSize(count);
    }
  }

  @Property(tries = 300)
  void nothing_comes_after_until(
      @ForAll("rules") String rule,
      @ForAll("starts") LocalDateTime start,
      @ForAll @IntRange(min = 0, max = 2000) int daysLater) {
    LocalDateTime until = start.plusDays(daysLater);
    String limited = rule + ";UNTIL=" + RuleText.DATE_TIME.format(until);

    assertThat(take(limited, start)).allSatisfy(o -> assertThat(o).isBeforeOrEqualTo(until));
  }

  @Property(tries = 500)
  void the_next_occurrence_is_never_before_today_and_is_an_occurrence(
      @ForAll("dateRules") String rule,
      @ForAll("days") LocalDate date,
      @ForAll("days") LocalDate today,
      @ForAll("policies") LeapDayPolicy policy) {
    RecurringDate item = RecurringDate.of(date, rule, policy);

    Optional<LocalDate> next = NextOccurrence.onOrAfter(item, today);

    next.ifPresent(
        n -> {
          assertThat(n).isAfterOrEqualTo(today);
          assertThat(item.occurrences().takeWhile(o -> !o.isAfter(n))).contains(n);
        });
  }

  @Property(tries = 1000)
  void the_fast_path_agrees_with_the_general_engine(
      @ForAll("simpleRules") String rule,
      @ForAll("days") LocalDate date,
      @ForAll("days") LocalDate today,
      @ForAll("policies") LeapDayPolicy policy) {
    RecurringDate item = RecurringDate.of(date, rule, policy);

    assertThat(NextOccurrence.onOrAfter(item, today))
        .isEqualTo(NextOccurrence.byGeneralEngine(item, today));
  }

  @Provide
  Arbitrary<String> rules() {
    Arbitrary<String> freq = Arbitraries.of("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY");
    Arbitrary<String> interval = Arbitraries.integers().between(1, 4).map(i -> ";INTERVAL=" + i);
    Arbitrary<String> byMonth =
        Arbitraries.integers()
            .between(1, 12)
            .set()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(s -> ";BYMONTH=" + join(s));
    Arbitrary<String> byMonthDay =
        Arbitraries.integers()
            .between(-31, 31)
            .filter(d -> d != 0)
            .set()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(s -> ";BYMONTHDAY=" + join(s));
    Arbitrary<String> byDay =
        Arbitraries.of("MO", "TU", "WE", "TH", "FR", "SA", "SU")
            .set()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(s -> ";BYDAY=" + String.join(",", s));
    Arbitrary<String> bySetPos = Arbitraries.of("", ";BYSETPOS=1", ";BYSETPOS=-1");
    return Combinators.combine(
            freq,
            interval,
            Arbitraries.oneOf(Arbitraries.just(""), byMonth),
            Arbitraries.oneOf(Arbitraries.just(""), byMonthDay),
            Arbitraries.oneOf(Arbitraries.just(""), byDay),
            bySetPos)
        .as(
            (f, i, m, md, d, sp) -> {
              String parts = m + md + d;
              return "FREQ=" + f + i + parts + (parts.isEmpty() ? "" : sp);
            });
  }

  @Provide
  Arbitrary<String> dateRules() {
    return rules().filter(r -> !r.startsWith("FREQ=HOURLY"));
  }

  @Provide
  Arbitrary<String> simpleRules() {
    return Combinators.combine(
            Arbitraries.of("YEARLY", "MONTHLY", "WEEKLY", "DAILY"),
            Arbitraries.integers().between(1, 5),
            Arbitraries.of("", ";COUNT=3", ";COUNT=12", ";UNTIL=20301231"))
        .as((f, i, limit) -> "FREQ=" + f + ";INTERVAL=" + i + limit);
  }

  @Provide
  Arbitrary<LocalDateTime> starts() {
    return Combinators.combine(days(), Arbitraries.integers().between(0, 23))
        .as((d, h) -> d.atTime(h, 0));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, 365 * 40)
        .map(n -> LocalDate.of(2000, 1, 1).plusDays(n))
        .edgeCases(c -> c.add(LocalDate.of(2000, 2, 29)));
  }

  @Provide
  Arbitrary<LeapDayPolicy> policies() {
    return Arbitraries.of(LeapDayPolicy.class);
  }

  private static List<LocalDateTime> take(String rule, LocalDateTime start) {
    return new Recurrence(RecurrenceRule.parse(rule), start).occurrences().limit(TAKE).toList();
  }

  private static String join(java.util.Set<Integer> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }
}
