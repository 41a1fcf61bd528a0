package dev.concierge.cli.agents;

import dev.concierge.core.agents.RunStep;
import dev.concierge.core.agents.ToolOutcome;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.RecurringDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the reminder-management agent created in a run, as its successful createDateItem and
 * createReminder calls sent it, held to an eval case's expectation by meaning rather than text: a
 * date by the occurrence the first reminder is about, a rule by the dates it gives, lead times in
 * any order, a one-time reminder by its local time in the client's zone.
 *
 * @param dateItems the input of each date item created
 * @param leadDays the lead-time reminders, of the date item or added to it
 * @param scheduled the one-time reminders' instants as sent (ISO 8601 with an offset)
 */
record Extraction(
    List<Map<String, Object>> dateItems, List<Integer> leadDays, List<String> scheduled) {
  /** How many of a rule's dates are compared. */
  static final int OCCURRENCES = 6;

  static Extraction of(List<RunStep.ToolCall> calls) {
    List<Map<String, Object>> dateItems = new ArrayList<>();
    List<Integer> leadDays = new ArrayList<>();
    List<String> scheduled = new ArrayList<>();
    for (RunStep.ToolCall call : calls) {
      if (!(call.outcome() instanceof ToolOutcome.Succeeded)) {
        continue;
      }
      if (call.tool().equals("createDateItem")) {
        dateItems.add(call.input());
        if (call.input().get("reminder_rules") instanceof List<?> rules) {
          rules.forEach(rule -> reminder(rule, leadDays, scheduled));
        }
      } else if (call.tool().equals("createReminder")) {
        reminder(call.input(), leadDays, scheduled);
      }
    }
    return new Extraction(dateItems, leadDays, scheduled);
  }

  private static void reminder(Object rule, List<Integer> leadDays, List<String> scheduled) {
    if (!(rule instanceof Map<?, ?> fields)) {
      return;
    }
    if (fields.get("lead_time_days") instanceof Number days) {
      leadDays.add(days.intValue());
    }
    if (fields.get("scheduled_datetime") instanceof String at) {
      scheduled.add(at);
    }
  }

  /** How it differs from what was expected, one sentence each; empty when it is as expected. */
  List<String> mismatches(EvalSet.Expectation expected, LocalDate today, ZoneId zone) {
    List<String> mismatches = new ArrayList<>();
    if (dateItems.size() > 1) {
      mismatches.add("created " + dateItems.size() + " date items, not one");
    }
    List<LocalDateTime> localTimes = new ArrayList<>();
    for (String at : scheduled) {
      try {
        localTimes.add(
            OffsetDateTime.parse(at)
                .atZoneSameInstant(zone)
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES));
      } catch (DateTimeParseException e) {
        mismatches.add("scheduled_datetime " + at + " is not an instant with an offset");
      }
    }
    if (dateItems.isEmpty()) {
      compareWithoutDateItem(expected, localTimes, mismatches);
    } else {
      compareDateItem(dateItems.get(0), expected, today, mismatches);
    }
    List<Integer> expectedDays = expected.leadDays().stream().sorted().toList();
    List<Integer> actualDays = leadDays.stream().sorted().toList();
    if (!expectedDays.equals(actualDays)) {
      mismatches.add("lead days: expected " + expectedDays + ", got " + actualDays);
    }
    if (expected.scheduledLocal() == null && !localTimes.isEmpty()) {
      mismatches.add("one-time reminders: expected none, got " + localTimes);
    } else if (expected.scheduledLocal() != null
        && !localTimes.contains(expected.scheduledLocal())) {
      mismatches.add(
          "one-time reminder: expected "
              + expected.scheduledLocal()
              + " in "
              + zone.getId()
              + ", got "
              + (localTimes.isEmpty() ? "none" : localTimes));
    }
    return mismatches;
  }

  private static void compareWithoutDateItem(
      EvalSet.Expectation expected, List<LocalDateTime> localTimes, List<String> mismatches) {
    if (localTimes.isEmpty()) {
      mismatches.add("created neither a date item nor a reminder");
      return;
    }
    LocalDate first = localTimes.stream().min(LocalDateTime::compareTo).orElseThrow().toLocalDate();
    if (!first.equals(expected.date())) {
      mismatches.add("date: expected " + expected.date() + ", the reminder is on " + first);
    }
    if (expected.rrule() != null) {
      mismatches.add("rule: expected " + expected.rrule() + ", got no date item");
    }
  }

  private static void compareDateItem(
      Map<String, Object> item,
      EvalSet.Expectation expected,
      LocalDate today,
      List<String> mismatches) {
    String rule = text(item.get("recurrence_rule"));
    LeapDayPolicy policy =
        "strict".equals(item.get("leap_day_policy")) ? LeapDayPolicy.STRICT : LeapDayPolicy.FEB_28;
    LocalDate dateValue;
    RecurringDate actual;
    try {
      dateValue = LocalDate.parse(String.valueOf(item.get("date_value")));
      actual = RecurringDate.of(dateValue, rule, policy);
    } catch (DateTimeParseException e) {
      mismatches.add("date_value " + item.get("date_value") + " is not a date");
      return;
    } catch (ValidationException e) {
      mismatches.add("rule " + rule + " is invalid: " + e.getMessage());
      return;
    }
    LocalDate first = actual.nextOnOrAfter(today).orElse(null);
    if (!expected.date().equals(first)) {
      mismatches.add(
          "date: expected "
              + expected.date()
              + ", got "
              + (first == null ? "no occurrence from today" : first)
              + " (date_value "
              + dateValue
              + ")");
    }
    if (expected.rrule() == null || rule == null) {
      if (!Objects.equals(expected.rrule(), rule)) {
        mismatches.add(
            "rule: expected "
                + (expected.rrule() == null ? "none (once)" : expected.rrule())
                + ", got "
                + (rule == null ? "none (once)" : rule));
      }
      return;
    }
    List<LocalDate> wanted = occurrences(expected.date(), expected.rrule());
    List<LocalDate> got;
    try {
      got = occurrences(expected.date(), rule);
    } catch (ValidationException e) {
      mismatches.add("rule " + rule + " is invalid: " + e.getMessage());
      return;
    }
    if (!wanted.equals(got)) {
      mismatches.add(
          "rule: expected "
              + expected.rrule()
              + " "
              + wanted
              + ", got "
              + rule
              + " "
              + got
              + " (dates from "
              + expected.date()
              + ")");
    }
  }

  /** The first dates of the rule started on {@code from}. */
  private static List<LocalDate> occurrences(LocalDate from, String rule) {
    return RecurringDate.of(from, rule, LeapDayPolicy.FEB_28)
        .occurrences()
        .limit(OCCURRENCES)
        .toList();
  }

  private static String text(Object value) {
    return value instanceof String text && !text.isBlank() ? text.strip() : null;
  }
}
