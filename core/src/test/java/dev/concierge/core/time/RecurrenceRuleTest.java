package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceRuleTest {

  @Test
  void parses_every_part_of_a_rule() {
    RecurrenceRule rule =
        RecurrenceRule.parse(
            "RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYSECOND=5;BYMINUTE=30;BYHOUR=9,17;"
                + "BYDAY=1FR,-1SU,MO;BYMONTHDAY=1,-1;BYYEARDAY=100,-1;BYWEEKNO=20,-1;"
                + "BYMONTH=3,6;BYSETPOS=1,-1;WKST=SU");

    assertThat(rule.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(rule.interval()).isEqualTo(2);
    assertThat(rule.count()).hasValue(10);
    assertThat(rule.until()).isEmpty();
    assertThat(rule.bySecond()).containsExactly(5);
    assertThat(rule.byMinute()).containsExactly(30);
    assertThat(rule.byHour()).containsExactly(9, 17);
    assertThat(rule.byDay())
        .containsExactly(
            WeekdayNum.every(DayOfWeek.MONDAY),
            new WeekdayNum(1, DayOfWeek.FRIDAY),
            new WeekdayNum(-1, DayOfWeek.SUNDAY));
    assertThat(rule.byMonthDay()).containsExactly(-1, 1);
    assertThat(rule.byYearDay()).containsExactly(-1, 100);
    assertThat(rule.byWeekNo()).containsExactly(-1, 20);
    assertThat(rule.byMonth()).containsExactly(3, 6);
    assertThat(rule.bySetPos()).containsExactly(-1, 1);
    assertThat(rule.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
  }

  @Test
  void reads_the_three_forms_of_until() {
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231").until())
        .contains(new Until.OnDate(LocalDate.of(2026, 12, 31)));
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231T235959").until())
        .contains(new Until.AtLocalTime(LocalDateTime.of(2026, 12, 31, 23, 59, 59)));
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231T235959Z").until())
        .contains(new Until.AtInstant(Instant.parse("2026-12-31T23:59:59Z")));
  }

  @Test
  void names_and_values_are_case_insensitive_and_stray_semicolons_are_tolerated() {
    assertThat(RecurrenceRule.parse(" rrule:freq=weekly;byday=mo,we; "))
        .isEqualTo(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,WE"));
  }

  @Test
  void prints_canonical_text_in_the_rfc_grammar_order_that_parses_back_to_the_same_rule() {
    String text = "WKST=SU;BYDAY=FR,MO;INTERVAL=1;COUNT=3;BYMONTH=6,1,6;FREQ=YEARLY;BYSETPOS=-1";
    RecurrenceRule rule = RecurrenceRule.parse(text);

    assertThat(rule.toString())
        .isEqualTo("FREQ=YEARLY;COUNT=3;BYDAY=MO,FR;BYMONTH=1,6;BYSETPOS=-1;WKST=SU");
    assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
    assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231T235959Z").toString())
        .isEqualTo("FREQ=DAILY;UNTIL=20261231T235959Z");
    assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=+1MO,-2FR").toString())
        .isEqualTo("FREQ=MONTHLY;BYDAY=1MO,-2FR");
  }

  @Test
  void a_rule_built_in_code_validates_like_a_parsed_one() {
    RecurrenceRule yearly = RecurrenceRule.of(Frequency.YEARLY);

    assertThat(yearly).isEqualTo(RecurrenceRule.parse("FREQ=YEARLY"));
    assertThat(yearly.hasNoByParts()).isTrue();
    assertThatThrownBy(() -> yearly.withMonthAndMonthDay(List.of(13), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("BYMONTH=13 is out of range 1..12");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FREQ=YEARLY;BYMONTH=13                 | BYMONTH=13 is out of range 1..12
          FREQ=YEARLY;BYMONTH=0                  | BYMONTH=0 is out of range 1..12
          FREQ=FOO                               | unknown FREQ "FOO"
          FREQ=DAILY;COUNT=3;UNTIL=20260101      | COUNT and UNTIL cannot both be set
          FREQ=MONTHLY;BYSETPOS=1                | BYSETPOS needs another BYxxx part
          FREQ=DAILY;INTERVAL=2;INTERVAL=3       | duplicate part INTERVAL
          FREQ=DAILY;FREQ=WEEKLY                 | duplicate part FREQ
          INTERVAL=2                             | FREQ is required
          FREQ=DAILY;INTERVAL=0                  | INTERVAL=0 must be a positive integer
          FREQ=DAILY;INTERVAL=-1                 | INTERVAL=-1 must be a positive integer
          FREQ=DAILY;COUNT=0                     | COUNT=0 must be a positive integer
          FREQ=DAILY;COUNT=abc                   | COUNT=ABC is not an integer
          FREQ=DAILY;COUNT=99999999999           | COUNT=99999999999 is not an integer
          FREQ=WEEKLY;BYDAY=XX                   | BYDAY=XX is not a weekday (MO..SU)
          FREQ=MONTHLY;BYDAY=0MO                 | BYDAY=0MO has an ordinal out of range 1..53 or -53..-1
          FREQ=YEARLY;BYDAY=54MO                 | BYDAY=54MO has an ordinal out of range 1..53 or -53..-1
          FREQ=WEEKLY;BYDAY=1MO                  | BYDAY=1MO has an ordinal, which needs FREQ=MONTHLY or FREQ=YEARLY
          FREQ=DAILY;BYDAY=-1FR                  | BYDAY=-1FR has an ordinal, which needs FREQ=MONTHLY or FREQ=YEARLY
          FREQ=MONTHLY;BYMONTHDAY=0              | BYMONTHDAY=0 is out of range 1..31 or -31..-1
          FREQ=MONTHLY;BYMONTHDAY=-32            | BYMONTHDAY=-32 is out of range 1..31 or -31..-1
          FREQ=YEARLY;BYYEARDAY=367              | BYYEARDAY=367 is out of range 1..366 or -366..-1
          FREQ=YEARLY;BYWEEKNO=54                | BYWEEKNO=54 is out of range 1..53 or -53..-1
          FREQ=YEARLY;BYWEEKNO=0                 | BYWEEKNO=0 is out of range 1..53 or -53..-1
          FREQ=DAILY;BYHOUR=24                   | BYHOUR=24 is out of range 0..23
          FREQ=DAILY;BYMINUTE=60                 | BYMINUTE=60 is out of range 0..59
          FREQ=DAILY;BYSECOND=60                 | BYSECOND=60 is out of range 0..59
          FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0       | BYSETPOS=0 is out of range 1..366 or -366..-1
          FREQ=MONTHLY;BYDAY=MO;BYSETPOS=367     | BYSETPOS=367 is out of range 1..366 or -366..-1
          FREQ=DAILY;BYMONTH=1,,2                | BYMONTH=1,,2 has an empty entry
          FREQ=DAILY;UNTIL=2026-01-01            | UNTIL=2026-01-01 is not a DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z])
          FREQ=DAILY;UNTIL=20260230              | UNTIL=20260230 is not a valid date or date-time
          FREQ=DAILY;UNTIL=20260101T250000Z      | UNTIL=20260101T250000Z is not a valid date or date-time
          FREQ=DAILY;X-NAME=1                    | unknown part "X-NAME"
          FREQ=DAILY;BYEASTER=0                  | unknown part "BYEASTER"
          FREQ=DAILY;COUNT                       | part "COUNT" is not NAME=VALUE
          FREQ=DAILY;COUNT=                      | COUNT has no value
          WKST=XY;FREQ=DAILY                     | WKST=XY is not a weekday (MO..SU)
          """)
  void rejects_an_invalid_rule_naming_the_bad_part(String text, String message) {
    assertThatThrownBy(() -> RecurrenceRule.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError(RecurrenceRule.FIELD, message)));
  }

  @Test
  void rejects_blank_and_missing_rule_text() {
    assertThatThrownBy(() -> RecurrenceRule.parse("  "))
        .isInstanceOf(ValidationException.class)
        .hasMessage("recurrence_rule: a recurrence rule is required");
    assertThatThrownBy(() -> RecurrenceRule.parse("RRULE:"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("recurrence_rule: a recurrence rule is required");
    assertThatThrownBy(() -> RecurrenceRule.parse(null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("recurrence_rule: a recurrence rule is required");
  }
}
