package dev.concierge.cli.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.agents.RunStep;
import dev.concierge.core.agents.ToolOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the agent created, held to an expectation by meaning rather than by text. */
class ExtractionTest {
  private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void a_birth_date_kept_with_its_year_is_the_birthday_expected_this_year() {
    assertThat(
            mismatches(
                expect("2027-03-15", "FREQ=YEARLY", 14), dateItem("1958-03-15", "FREQ=YEARLY", 14)))
        .isEmpty();
  }

  @Test
  void rules_are_compared_by_the_dates_they_give_not_their_text() {
    EvalSet.Expectation quarterly = expect("2027-02-15", "FREQ=MONTHLY;INTERVAL=3", 7);

    assertThat(
            mismatches(
                quarterly, dateItem("2027-02-15", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", 7)))
        .isEmpty();
    assertThat(mismatches(quarterly, dateItem("2027-02-15", "FREQ=MONTHLY", 7)))
        .singleElement()
        .asString()
        .startsWith("rule: expected FREQ=MONTHLY;INTERVAL=3 [2027-02-15, 2027-05-15")
        .contains("got FREQ=MONTHLY [2027-02-15, 2027-03-15");
    assertThat(
            mismatches(
                expect("2027-04-01", "FREQ=YEARLY;BYMONTH=4,10;BYMONTHDAY=1", 10),
                dateItem("2027-04-01", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1", 10)))
        .isEmpty();
  }

  @Test
  void a_leap_day_birthday_is_remembered_on_the_28th_until_the_next_leap_year() {
    EvalSet.Expectation dads = expect("2027-02-28", "FREQ=YEARLY", 7);

    assertThat(mismatches(dads, dateItem("1956-02-29", "FREQ=YEARLY", 7))).isEmpty();
    assertThat(mismatches(dads, dateItem("2028-02-29", "FREQ=YEARLY", 7)))
        .singleElement()
        .asString()
        .isEqualTo("date: expected 2027-02-28, got 2028-02-29 (date_value 2028-02-29)");
  }

  @Test
  void lead_days_count_in_any_order_and_a_missing_one_is_named() {
    EvalSet.Expectation twice = expect("2027-08-14", "FREQ=YEARLY", 30, 3);

    assertThat(mismatches(twice, dateItem("2010-08-14", "FREQ=YEARLY", 3, 30))).isEmpty();
    assertThat(mismatches(twice, dateItem("2010-08-14", "FREQ=YEARLY", 30)))
        .containsExactly("lead days: expected [3, 30], got [30]");
  }

  @Test
  void a_one_time_reminder_is_compared_at_its_local_time_in_the_clients_zone() {
    EvalSet.Expectation caterer =
        new EvalSet.Expectation(
            LocalDate.of(2027, 1, 12), null, List.of(), LocalDateTime.of(2027, 1, 12, 15, 0));

    assertThat(mismatches(caterer, reminderAt("2027-01-12T15:00:00-05:00"))).isEmpty();
    assertThat(mismatches(caterer, reminderAt("2027-01-12T15:00:00Z")))
        .containsExactly(
            "one-time reminder: expected 2027-01-12T15:00 in America/New_York, got"
                + " [2027-01-12T10:00]");
  }

  @Test
  void a_date_once_is_not_a_rule_and_refused_calls_create_nothing() {
    EvalSet.Expectation gala = expect("2027-03-04", null, 2);
    List<RunStep.ToolCall> refusedThenYearly = new ArrayList<>();
    refusedThenYearly.add(
        call(
            "createDateItem",
            dateItemInput("2027-03-04", null, 2),
            ToolOutcome.refused("no", List.of())));

    assertThat(mismatches(gala, dateItem("2027-03-04", "FREQ=YEARLY", 2)))
        .containsExactly("rule: expected none (once), got FREQ=YEARLY");
    assertThat(Extraction.of(refusedThenYearly).mismatches(gala, TODAY, NEW_YORK))
        .containsExactly(
            "created neither a date item nor a reminder", "lead days: expected [2], got []");
  }

  private static List<String> mismatches(
      EvalSet.Expectation expected, List<RunStep.ToolCall> calls) {
    return Extraction.of(calls).mismatches(expected, TODAY, NEW_YORK);
  }

  private static EvalSet.Expectation expect(String date, String rule, Integer... leadDays) {
    return new EvalSet.Expectation(LocalDate.parse(date), rule, List.of(leadDays), null);
  }

  private static List<RunStep.ToolCall> dateItem(String date, String rule, int... leadDays) {
    return List.of(
        call("createDateItem", dateItemInput(date, rule, leadDays), ToolOutcome.succeeded("{}")));
  }

  private static Map<String, Object> dateItemInput(String date, String rule, int... leadDays) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "A date");
    input.put("date_value", date);
    if (rule != null) {
      input.put("recurrence_rule", rule);
    }
    List<Object> rules = new ArrayList<>();
    for (int days : leadDays) {
      rules.add(Map.of("reminder_type", "lead_time", "lead_time_days", days));
    }
    input.put("reminder_rules", rules);
    return input;
  }

  private static List<RunStep.ToolCall> reminderAt(String instant) {
    return List.of(
        call(
            "createReminder",
            Map.of("reminder_type", "scheduled", "scheduled_datetime", instant),
            ToolOutcome.succeeded("{}")));
  }

  private static RunStep.ToolCall call(
      String tool, Map<String, Object> input, ToolOutcome outcome) {
    return new RunStep.ToolCall(1, "toolu_1", tool, input, outcome, Duration.ZERO);
  }
}
