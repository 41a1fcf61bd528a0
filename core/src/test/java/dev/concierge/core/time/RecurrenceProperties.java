package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.errors.ValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws every expansion obeys, over random rules of every FREQ and BYxxx part. */
class RecurrenceProperties {

  private static final int ENOUGH = 60;

  @Property(tries = 400)
  void occurrences_strictly_increase(@ForAll("rules") RandomRules.Case c) {
    List<LocalDateTime> occurrences = floating(c, null).occurrences().limit(ENOUGH).toList();

    for (int i = 1; i < occurrences.size(); i++) {
      assertThat(occurrences.get(i)).isAfter(occurrences.get(i - 1));
    }
    occurrences.forEach(o -> assertThat(o).isAfterOrEqualTo(c.start()));
  }

  @Property(tries = 400)
  void count_is_honoured_exactly(
      @ForAll("rules") RandomRules.Case c, @ForAll @IntRange(min = 1, max = 40) int count) {
    RecurrenceRule unbounded =
        withEnd(RecurrenceRule.parse(c.rule()), OptionalInt.empty(), Optional.empty());
    RecurrenceRule counted = withEnd(unbounded, OptionalInt.of(count), Optional.empty());

    List<LocalDateTime> expected =
        new Recurrence(unbounded, c.start()).occurrences().limit(count).toList();
    assertThat(new Recurrence(counted, c.start()).occurrences().toList()).isEqualTo(expected);
  }

  @Property(tries = 400)
  void until_is_never_exceeded(
      @ForAll("rules") RandomRules.Case c,
      @ForAll @IntRange(min = 0, max = 4000) int days,
      @ForAll @IntRange(min = 0, max = 86_399) int seconds) {
    LocalDateTime until =
        c.start().plusDays(days).withHour(0).withMinute(0).withSecond(0).plusSeconds(seconds);
    RecurrenceRule unbounded =
        withEnd(RecurrenceRule.parse(c.rule()), OptionalInt.empty(), Optional.empty());
    RecurrenceRule bounded =
        withEnd(unbounded, OptionalInt.empty(), Optional.of(new Until.AtLocalTime(until)));

    List<LocalDateTime> occurrences =
        new Recurrence(bounded, c.start()).occurrences().limit(ENOUGH).toList();
    List<LocalDateTime> expected =
        new Recurrence(unbounded, c.start())
            .occurrences()
            .takeWhile(o -> !o.isAfter(until))
            .limit(ENOUGH)
            .toList();
    assertThat(occurrences).isEqualTo(expected).allMatch(o -> !o.isAfter(until));
  }

  @Property(tries = 400)
  void first_on_or_after_is_the_first_occurrence_not_before_the_given_time(
      @ForAll("rules") RandomRules.Case c,
      @ForAll @IntRange(min = -400, max = 20_000) int days,
      @ForAll @IntRange(min = 0, max = 86_399) int seconds) {
    Recurrence recurrence = floating(c, null);
    LocalDateTime from =
        c.start().plusDays(days).withHour(0).withMinute(0).withSecond(0).plusSeconds(seconds);
    List<LocalDateTime> all = recurrence.occurrences().limit(400).toList();

    Optional<LocalDateTime> first = recurrence.firstOnOrAfter(from);

    first.ifPresent(occurrence -> assertThat(occurrence).isAfterOrEqualTo(from));
    Optional<LocalDateTime> expected = all.stream().filter(o -> !o.isBefore(from)).findFirst();
    if (expected.isPresent() || all.size() < 400) {
      assertThat(first).isEqualTo(expected);
    }
  }

  @Property(tries = 200)
  void zoned_first_on_or_after_is_never_before_the_instant(
      @ForAll("zonedRules") RandomRules.Case c,
      @ForAll @IntRange(min = -400, max = 20_000) int days) {
    ZonedRecurrence recurrence =
        new ZonedRecurrence(RecurrenceRule.parse(c.rule()), ZonedDateTime.of(c.start(), c.zone()));
    Instant from =
        ZonedDateTime.of(c.start(), c.zone()).toInstant().plusSeconds(days * 86_400L + 3_600L);

    recurrence
        .firstOnOrAfter(from)
        .ifPresent(occurrence -> assertThat(occurrence.toInstant()).isAfterOrEqualTo(from));
  }

  @Property(tries = 400)
  void canonical_text_parses_back_to_the_same_rule(@ForAll("rules") RandomRules.Case c) {
    RecurrenceRule rule = RecurrenceRule.parse(c.rule());

    assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
    assertThat(RecurrenceRule.parse(rule.toString()).toString()).isEqualTo(rule.toString());
  }

  @Provide
  Arbitrary<RandomRules.Case> rules() {
    return Arbitraries.randomValue(random -> new RandomRules(random).next(0, false))
        .filter(RecurrenceProperties::expandable);
  }

  @Provide
  Arbitrary<RandomRules.Case> zonedRules() {
    return Arbitraries.randomValue(random -> new RandomRules(random).next(0, true))
        .filter(c -> c.zone() != null && expandable(c));
  }

  private static boolean expandable(RandomRules.Case c) {
    try {
      floating(c, null).occurrences();
      return true;
    } catch (ValidationException e) {
      return false; // a start that cannot reach the rule's times of day, as dateutil also rejects
    }
  }

  private static Recurrence floating(RandomRules.Case c, RecurrenceRule rule) {
    return new Recurrence(rule == null ? RecurrenceRule.parse(c.rule()) : rule, c.start());
  }

  private static RecurrenceRule withEnd(
      RecurrenceRule rule, OptionalInt count, Optional<Until> until) {
    return new RecurrenceRule(
        rule.frequency(),
        rule.interval(),
        count,
        until,
        rule.bySecond(),
        rule.byMinute(),
        rule.byHour(),
        rule.byDay(),
        rule.byMonthDay(),
        rule.byYearDay(),
        rule.byWeekNo(),
        rule.byMonth(),
        rule.bySetPos(),
        rule.weekStart());
  }
}
