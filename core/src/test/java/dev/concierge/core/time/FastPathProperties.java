package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.errors.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine's shortcuts hold to the definitions they replace: a month's days computed from masks
 * are the days the day-by-day filter accepts (which, given only an epoch day, agrees with
 * java.time's fields for it), and "first occurrence at or after" (which jumps to the period holding
 * the target, or counts from the start under COUNT) is the first such occurrence of the whole
 * expansion from the start — floating and zoned, across DST gaps and overlaps, Feb 29, negative
 * BYMONTHDAY and BYSETPOS, COUNT and UNTIL.
 */
class FastPathProperties {

  private static final int SCANNED = 5000;

  @Property(tries = 3000)
  void a_months_days_from_masks_are_the_days_the_filter_accepts_one_by_one(
      @ForAll("filters") DayFilter filter,
      @ForAll @IntRange(min = -400, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month) {
    int monthLength = EpochDays.lengthOfMonth(year, month);
    long firstDay = EpochDays.of(year, month, 1);
    long expected = 0;
    for (int day = 1; day <= monthLength; day++) {
      LocalDate date = LocalDate.of(year, month, day);
      boolean accepted =
          filter.matches(
              year,
              month,
              day,
              date.getDayOfYear(),
              date.getDayOfWeek().getValue() - 1,
              date.toEpochDay(),
              monthLength,
              date.lengthOfYear());
      assertThat(filter.matches(date.toEpochDay())).as(date.toString()).isEqualTo(accepted);
      if (accepted) {
        expected |= 1L << day;
      }
    }

    long masked = filter.daysOfMonth(monthLength, EpochDays.dayOfWeek(firstDay));

    if (!filter.allowsMonth(month)) {
      assertThat(expected).isZero();
    } else if (filter.monthMaskIsExact()) {
      assertThat(masked).isEqualTo(expected);
    } else {
      assertThat(masked & expected).as("a superset of the accepted days").isEqualTo(expected);
    }
  }

  @Property(tries = 1500)
  void first_on_or_after_is_the_first_such_occurrence_of_the_whole_expansion(
      @ForAll("edgeRules") String rule,
      @ForAll("starts") LocalDateTime start,
      @ForAll @IntRange(min = -40, max = 15_000) int daysLater,
      @ForAll @IntRange(min = 0, max = 86_399) int second) {
    Recurrence recurrence = new Recurrence(RecurrenceRule.parse(rule), start);
    LocalDateTime from = start.toLocalDate().plusDays(daysLater).atStartOfDay().plusSeconds(second);

    List<LocalDateTime> all = recurrence.occurrences().limit(SCANNED).toList();
    Optional<LocalDateTime> expected = all.stream().filter(o -> !o.isBefore(from)).findFirst();

    if (expected.isPresent() || all.size() < SCANNED) {
      assertThat(recurrence.firstOnOrAfter(from)).isEqualTo(expected);
    }
  }

  @Property(tries = 1500)
  void zoned_first_on_or_after_is_the_first_such_occurrence_of_the_whole_expansion(
      @ForAll("edgeRules") String rule,
      @ForAll("starts") LocalDateTime start,
      @ForAll("zones") ZoneId zone,
      @ForAll("offsets") long secondsLater) {
    ZonedRecurrence recurrence =
        new ZonedRecurrence(RecurrenceRule.parse(rule), ZonedDateTime.of(start, zone));
    Instant from = ZonedDateTime.of(start, zone).toInstant().plusSeconds(secondsLater);

    List<ZonedDateTime> all = recurrence.occurrences().limit(SCANNED).toList();
    Optional<ZonedDateTime> expected =
        all.stream().filter(o -> !o.toInstant().isBefore(from)).findFirst();

    if (expected.isPresent() || all.size() < SCANNED) {
      assertThat(recurrence.firstOnOrAfter(from)).isEqualTo(expected);
    }
  }

  /** Any valid combination of the day-level parts, values leaning towards month and year edges. */
  @Provide
  Arbitrary<DayFilter> filters() {
    Arbitrary<Frequency> frequency = Arbitraries.of(Frequency.YEARLY, Frequency.MONTHLY);
    Arbitrary<List<Integer>> months =
        maybe(Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(4));
    Arbitrary<List<Integer>> monthDays =
        maybe(
            Arbitraries.oneOf(
                    Arbitraries.integers().between(1, 31),
                    Arbitraries.integers().between(-31, -1),
                    Arbitraries.of(1, 15, 28, 29, 30, 31, -1, -2, -28, -29, -30, -31))
                .list()
                .ofMinSize(1)
                .ofMaxSize(5));
    Arbitrary<List<Integer>> yearDays =
        rarely(
            Arbitraries.oneOf(
                    Arbitraries.integers().between(1, 366),
                    Arbitraries.integers().between(-366, -1))
                .list()
                .ofMinSize(1)
                .ofMaxSize(4));
    Arbitrary<List<Integer>> weekNos =
        rarely(Arbitraries.of(1, 2, 26, 52, 53, -1, -2, -53).list().ofMinSize(1).ofMaxSize(3));
    Arbitrary<WeekdayNum> weekdayNum =
        Combinators.combine(
                Arbitraries.of(0, 0, 0, 1, 2, 3, 4, 5, -1, -2, -5, 20, -53, 53),
                Arbitraries.of(DayOfWeek.class))
            .as(WeekdayNum::new);
    Arbitrary<List<WeekdayNum>> byDay = maybe(weekdayNum.list().ofMinSize(1).ofMaxSize(5));
    Arbitrary<Integer> weekStart = Arbitraries.integers().between(0, 6);
    return Combinators.combine(frequency, months, monthDays, yearDays, weekNos, byDay, weekStart)
        .as(DayFilter::new);
  }

  /**
   * Day-or-longer rules built around the edges the shortcuts could get wrong: the start's own day
   * implied (Feb 29, the 31st), negative month days, BYSETPOS counting from the end, ordinal
   * weekdays, and COUNT (no jumping ahead) or UNTIL.
   */
  @Provide
  Arbitrary<String> edgeRules() {
    Arbitrary<String> frequency = Arbitraries.of("YEARLY", "MONTHLY", "WEEKLY", "DAILY");
    Arbitrary<String> interval = Arbitraries.of("", "", "", ";INTERVAL=2", ";INTERVAL=3");
    Arbitrary<String> byParts =
        Arbitraries.of(
            "",
            "",
            ";BYMONTHDAY=15",
            ";BYMONTHDAY=29",
            ";BYMONTHDAY=-1",
            ";BYMONTHDAY=1,-1",
            ";BYMONTH=2;BYMONTHDAY=29",
            ";BYDAY=MO,WE,FR",
            ";BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            ";BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-2",
            ";BYDAY=SA,SU;BYSETPOS=-1",
            ";BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
            ";BYDAY=-1FR",
            ";BYDAY=2MO,-2TU",
            ";BYMONTH=1,7;BYDAY=1SU",
            ";BYHOUR=2,9;BYMINUTE=30",
            ";BYYEARDAY=60,-1",
            ";BYWEEKNO=1,53;BYDAY=MO");
    Arbitrary<String> end =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.integers().between(1, 60).map(n -> ";COUNT=" + n),
            Arbitraries.integers().between(1990, 2060).map(y -> ";UNTIL=" + y + "0301T023000"),
            Arbitraries.integers().between(1990, 2060).map(y -> ";UNTIL=" + y + "1103T063000Z"));
    return Combinators.combine(frequency, interval, byParts, end)
        .as((f, i, by, e) -> "FREQ=" + f + i + by + e)
        .filter(FastPathProperties::valid);
  }

  /** Leap days, month ends and wall-clock times inside US and EU DST gaps and overlaps. */
  @Provide
  Arbitrary<LocalDateTime> starts() {
    Arbitrary<LocalDate> any =
        Arbitraries.integers().between(0, 36_500).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    Arbitrary<LocalDate> leapDay =
        Arbitraries.integers().between(0, 30).map(i -> LocalDate.of(1960 + 4 * i, 2, 29));
    Arbitrary<LocalDate> monthEnd = any.map(d -> d.withDayOfMonth(d.lengthOfMonth()));
    Arbitrary<LocalDate> transition =
        Arbitraries.integers()
            .between(1990, 2040)
            .flatMap(
                y ->
                    Arbitraries.of(
                        LocalDate.of(y, 3, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)),
                        LocalDate.of(y, 11, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)),
                        LocalDate.of(y, 3, 31)
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)),
                        LocalDate.of(y, 10, 31)
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))));
    Arbitrary<LocalDate> date =
        Arbitraries.frequencyOf(
            Tuple.of(4, any), Tuple.of(2, leapDay), Tuple.of(2, monthEnd), Tuple.of(2, transition));
    Arbitrary<LocalTime> time =
        Arbitraries.of(
            LocalTime.of(0, 0),
            LocalTime.of(1, 30),
            LocalTime.of(2, 30),
            LocalTime.of(9, 0),
            LocalTime.of(23, 59, 59));
    return Combinators.combine(date, time).as(LocalDate::atTime);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
        ZoneId.of("America/New_York"),
        ZoneId.of("Europe/Berlin"),
        ZoneId.of("Australia/Lord_Howe"),
        ZoneId.of("Asia/Kolkata"),
        ZoneId.of("UTC"));
  }

  /** Targets from a day before the start to 40 years after it, some within hours of it. */
  @Provide
  Arbitrary<Long> offsets() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-86_400, 86_400 * 3),
        Arbitraries.longs().between(0, 40L * 365 * 86_400));
  }

  private static boolean valid(String rule) {
    try {
      RecurrenceRule.parse(rule);
      return true;
    } catch (ValidationException e) {
      return false; // ordinal weekdays with WEEKLY or DAILY
    }
  }

  private static <T> Arbitrary<List<T>> maybe(Arbitrary<List<T>> values) {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(new ArrayList<>())), Tuple.of(2, values));
  }

  private static <T> Arbitrary<List<T>> rarely(Arbitrary<List<T>> values) {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(new ArrayList<>())), Tuple.of(1, values));
  }
}
