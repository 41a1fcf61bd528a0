package dev.concierge.core.time;

import dev.concierge.core.errors.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A date item's calendar dates: its own date, then, if it has a rule, the rule's occurrences with
 * the date as DTSTART. This is iCalendar's VEVENT reading (RFC 5545 §3.8.5.3: "the DTSTART property
 * value always counts as the first occurrence", also for COUNT), not the bare rule's, so a date the
 * rule would not produce still occurs once.
 *
 * <p>Leap days: under {@link LeapDayPolicy#FEB_28} a plain yearly rule anchored on 29 February
 * occurs on 28 February in common years. "Plain yearly" means FREQ=YEARLY with no BYxxx part on a
 * 29 February date, or exactly {@code BYMONTH=2;BYMONTHDAY=29}; INTERVAL, COUNT, UNTIL and WKST may
 * be anything, and COUNT counts the 28 February stand-ins as occurrences. Rules that say more (a
 * BYDAY, several months, BYMONTHDAY=29 in every month) are taken literally, as the RFC does: the
 * policy is for birthdays and anniversaries, and silently moving an explicit "29th" would surprise
 * whoever wrote it. The policy is applied by rewriting the rule to {@code BYMONTH=2;BYMONTHDAY=-1}
 * (the last day of February), so the general engine and the fast path share one meaning.
 *
 * <p>A date recurs at most daily: sub-daily FREQs are rejected, and a rule with several times a day
 * (BYHOUR=9,17) still yields each date once.
 */
public record RecurringDate(
    LocalDate date, Optional<RecurrenceRule> rule, LeapDayPolicy leapDayPolicy) {

  public RecurringDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(leapDayPolicy, "leapDayPolicy");
    rule.ifPresent(
        r -> {
          if (r.frequency().isSubDaily()) {
            throw new ValidationException(
                RecurrenceRule.FIELD,
                "FREQ=" + r.frequency() + " is finer than a day; a date recurs at most daily");
          }
        });
  }

  /** A one-off date. */
  public static RecurringDate once(LocalDate date) {
    return new RecurringDate(date, Optional.empty(), LeapDayPolicy.FEB_28);
  }

  /**
   * A date with its stored rule text; null or blank text means a one-off date.
   *
   * @throws ValidationException on field {@value RecurrenceRule#FIELD} for an invalid rule
   */
  public static RecurringDate of(LocalDate date, String ruleText, LeapDayPolicy leapDayPolicy) {
    Optional<RecurrenceRule> rule =
        ruleText == null || ruleText.isBlank()
            ? Optional.empty()
            : Optional.of(RecurrenceRule.parse(ruleText));
    return new RecurringDate(date, rule, leapDayPolicy);
  }

  /** Every occurrence, ascending, starting with the date itself; computed by the general engine. */
  public Stream<LocalDate> occurrences() {
    if (rule.isEmpty()) {
      return Stream.of(date);
    }
    RecurrenceRule effective = effectiveRule().orElseThrow();
    Iterator<LocalDateTime> ruleOccurrences =
        new Recurrence(effective, date.atStartOfDay()).iterator();
    Stream<LocalDate> dates =
        StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                new DistinctDates(date, ruleOccurrences),
                Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL),
            false);
    return effective.count().isPresent() ? dates.limit(effective.count().getAsInt()) : dates;
  }

  /** The first occurrence on or after {@code today} (an occurrence today counts). */
  public Optional<LocalDate> nextOnOrAfter(LocalDate today) {
    return NextOccurrence.onOrAfter(this, today);
  }

  /** The occurrences from {@code first} to {@code last}, both included, ascending. */
  public List<LocalDate> between(LocalDate first, LocalDate last) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate from = first;
    while (!from.isAfter(last)) {
      Optional<LocalDate> next = nextOnOrAfter(from);
      if (next.isEmpty() || next.get().isAfter(last)) {
        break;
      }
      dates.add(next.get());
      from = next.get().plusDays(1);
    }
    return dates;
  }

  /** The rule as the engine runs it, after the leap-day policy. */
  Optional<RecurrenceRule> effectiveRule() {
    if (leapDayPolicy == LeapDayPolicy.FEB_28
        && rule.isPresent()
        && isPlainYearlyLeapDay(rule.get())) {
      return Optional.of(rule.get().withMonthAndMonthDay(List.of(2), List.of(-1)));
    }
    return rule;
  }

  private boolean isPlainYearlyLeapDay(RecurrenceRule r) {
    if (r.frequency() != Frequency.YEARLY) {
      return false;
    }
    if (r.hasNoByParts()) {
      return date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29;
    }
    return r.byMonth().equals(List.of(2))
        && r.byMonthDay().equals(List.of(29))
        && r.byDay().isEmpty()
        && r.byYearDay().isEmpty()
        && r.byWeekNo().isEmpty()
        && r.bySetPos().isEmpty()
        && r.byHour().isEmpty()
        && r.byMinute().isEmpty()
        && r.bySecond().isEmpty();
  }

  /** The date, then the rule's later occurrences as dates, each once. */
  private static final class DistinctDates implements Iterator<LocalDate> {
    private final Iterator<LocalDateTime> occurrences;
    private LocalDate last;
    private LocalDate next;

    DistinctDates(LocalDate first, Iterator<LocalDateTime> occurrences) {
      this.occurrences = occurrences;
      this.next = first;
    }

    @Override
    public boolean hasNext() {
      while (next == null && occurrences.hasNext()) {
        LocalDate candidate = occurrences.next().toLocalDate();
        if (candidate.isAfter(last)) {
          next = candidate;
        }
      }
      return next != null;
    }

    @Override
    public LocalDate next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      last = next;
      next = null;
      return last;
    }
  }
}
