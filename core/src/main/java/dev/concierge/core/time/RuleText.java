package dev.concierge.core.time;

import static dev.concierge.core.time.RecurrenceRule.invalid;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/** The RRULE text form: a hand-written parser (no regex, no split) and the canonical printer. */
final class RuleText {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  /**
   * Stored rules repeat a handful of texts (FREQ=YEARLY above all), so a small cache makes the
   * parse in "next occurrence of this stored date" nearly free. It is cleared when it fills up,
   * which bounds memory without bookkeeping; rules are immutable, so sharing them is safe.
   */
  private static final int CACHE_LIMIT = 1024;

  private static final Map<String, RecurrenceRule> CACHE = new ConcurrentHashMap<>();

  private RuleText() {}

  static RecurrenceRule parse(String text) {
    if (text == null) {
      throw invalid("a recurrence rule is required");
    }
    RecurrenceRule cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    RecurrenceRule rule = new Parser(text).rule();
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(text, rule);
    return rule;
  }

  static String format(RecurrenceRule rule) {
    StringBuilder out = new StringBuilder(32).append("FREQ=").append(rule.frequency());
    rule.until().ifPresent(until -> out.append(";UNTIL=").append(until.text()));
    rule.count().ifPresent(count -> out.append(";COUNT=").append(count));
    if (rule.interval() != 1) {
      out.append(";INTERVAL=").append(rule.interval());
    }
    // RFC 5545's grammar order.
    appendList(out, "BYSECOND", rule.bySecond());
    appendList(out, "BYMINUTE", rule.byMinute());
    appendList(out, "BYHOUR", rule.byHour());
    appendList(out, "BYDAY", rule.byDay());
    appendList(out, "BYMONTHDAY", rule.byMonthDay());
    appendList(out, "BYYEARDAY", rule.byYearDay());
    appendList(out, "BYWEEKNO", rule.byWeekNo());
    appendList(out, "BYMONTH", rule.byMonth());
    appendList(out, "BYSETPOS", rule.bySetPos());
    if (rule.weekStart() != DayOfWeek.MONDAY) {
      out.append(";WKST=").append(WeekdayNum.code(rule.weekStart()));
    }
    return out.toString();
  }

  private static void appendList(StringBuilder out, String name, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    StringJoiner joined = new StringJoiner(",");
    values.forEach(value -> joined.add(value.toString()));
    out.append(';').append(name).append('=').append(joined);
  }

  /** One pass over the text, part by part. */
  private static final class Parser {
    private final String text;
    private Frequency frequency;
    private Integer interval;
    private Integer count;
    private Until until;
    private DayOfWeek weekStart;
    private List<Integer> bySecond;
    private List<Integer> byMinute;
    private List<Integer> byHour;
    private List<WeekdayNum> byDay;
    private List<Integer> byMonthDay;
    private List<Integer> byYearDay;
    private List<Integer> byWeekNo;
    private List<Integer> byMonth;
    private List<Integer> bySetPos;

    Parser(String text) {
      this.text = text;
    }

    RecurrenceRule rule() {
      String body = text.strip();
      if (body.regionMatches(true, 0, "RRULE:", 0, 6)) {
        body = body.substring(6);
      }
      if (body.isEmpty()) {
        throw invalid("a recurrence rule is required");
      }
      int start = 0;
      while (start <= body.length()) {
        int end = body.indexOf(';', start);
        if (end < 0) {
          end = body.length();
        }
        // Tolerate empty parts (a trailing ';' is common in stored rules).
        if (end > start) {
          part(body.substring(start, end).strip());
        }
        start = end + 1;
      }
      if (frequency == null) {
        throw invalid("FREQ is required");
      }
      return new RecurrenceRule(
          frequency,
          interval == null ? 1 : interval,
          count == null ? OptionalInt.empty() : OptionalInt.of(count),
          Optional.ofNullable(until),
          orEmpty(bySecond),
          orEmpty(byMinute),
          orEmpty(byHour),
          byDay == null ? List.of() : byDay,
          orEmpty(byMonthDay),
          orEmpty(byYearDay),
          orEmpty(byWeekNo),
          orEmpty(byMonth),
          orEmpty(bySetPos),
          weekStart == null ? DayOfWeek.MONDAY : weekStart);
    }

    private void part(String part) {
      int equals = part.indexOf('=');
      if (equals <= 0) {
        throw invalid("part \"" + part + "\" is not NAME=VALUE");
      }
      String name = part.substring(0, equals).strip().toUpperCase(Locale.ROOT);
      String value = part.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
      if (value.isEmpty()) {
        throw invalid(name + " has no value");
      }
      switch (name) {
        case "FREQ" -> frequency = once(name, frequency, frequency(value));
        case "INTERVAL" -> interval = once(name, interval, integer(name, value));
        case "COUNT" -> count = once(name, count, integer(name, value));
        case "UNTIL" -> until = once(name, until, until(value));
        case "WKST" -> weekStart = once(name, weekStart, weekday(name, value));
        case "BYSECOND" -> bySecond = once(name, bySecond, integers(name, value));
        case "BYMINUTE" -> byMinute = once(name, byMinute, integers(name, value));
        case "BYHOUR" -> byHour = once(name, byHour, integers(name, value));
        case "BYDAY" -> byDay = once(name, byDay, weekdayNums(value));
        case "BYMONTHDAY" -> byMonthDay = once(name, byMonthDay, integers(name, value));
        case "BYYEARDAY" -> byYearDay = once(name, byYearDay, integers(name, value));
        case "BYWEEKNO" -> byWeekNo = once(name, byWeekNo, integers(name, value));
        case "BYMONTH" -> byMonth = once(name, byMonth, integers(name, value));
        case "BYSETPOS" -> bySetPos = once(name, bySetPos, integers(name, value));
        default -> throw invalid("unknown part \"" + name + "\"");
      }
    }

    private static <T> T once(String name, T previous, T value) {
      if (previous != null) {
        throw invalid("duplicate part " + name);
      }
      return value;
    }

    private static List<Integer> orEmpty(List<Integer> values) {
      return values == null ? List.of() : values;
    }

    private static Frequency frequency(String value) {
      return switch (value) {
        case "YEARLY" -> Frequency.YEARLY;
        case "MONTHLY" -> Frequency.MONTHLY;
        case "WEEKLY" -> Frequency.WEEKLY;
        case "DAILY" -> Frequency.DAILY;
        case "HOURLY" -> Frequency.HOURLY;
        case "MINUTELY" -> Frequency.MINUTELY;
        case "SECONDLY" -> Frequency.SECONDLY;
        default -> throw invalid("unknown FREQ \"" + value + "\"");
      };
    }

    private static int integer(String name, String value) {
      int start = value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0;
      if (start == value.length() || value.length() - start > 9) {
        throw invalid(name + "=" + value + " is not an integer");
      }
      int result = 0;
      for (int i = start; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < '0' || c > '9') {
          throw invalid(name + "=" + value + " is not an integer");
        }
        result = result * 10 + (c - '0');
      }
      return value.charAt(0) == '-' ? -result : result;
    }

    private static List<Integer> integers(String name, String value) {
      List<Integer> values = new ArrayList<>();
      int start = 0;
      while (start <= value.length()) {
        int end = value.indexOf(',', start);
        if (end < 0) {
          end = value.length();
        }
        if (end == start) {
          throw invalid(name + "=" + value + " has an empty entry");
        }
        values.add(integer(name, value.substring(start, end).strip()));
        start = end + 1;
      }
      return values;
    }

    private static DayOfWeek weekday(String name, String value) {
      return switch (value) {
        case "MO" -> DayOfWeek.MONDAY;
        case "TU" -> DayOfWeek.TUESDAY;
        case "WE" -> DayOfWeek.WEDNESDAY;
        case "TH" -> DayOfWeek.THURSDAY;
        case "FR" -> DayOfWeek.FRIDAY;
        case "SA" -> DayOfWeek.SATURDAY;
        case "SU" -> DayOfWeek.SUNDAY;
        default -> throw invalid(name + "=" + value + " is not a weekday (MO..SU)");
      };
    }

    private static List<WeekdayNum> weekdayNums(String value) {
      List<WeekdayNum> days = new ArrayList<>();
      int start = 0;
      while (start <= value.length()) {
        int end = value.indexOf(',', start);
        if (end < 0) {
          end = value.length();
        }
        String entry = value.substring(start, end).strip();
        if (entry.length() < 2) {
          throw invalid("BYDAY=" + value + " has an entry \"" + entry + "\" that is not a weekday");
        }
        DayOfWeek day = weekday("BYDAY", entry.substring(entry.length() - 2));
        String ordinal = entry.substring(0, entry.length() - 2);
        if (ordinal.isEmpty()) {
          days.add(WeekdayNum.every(day));
        } else {
          int n = integer("BYDAY", ordinal);
          if (n == 0) {
            throw invalid("BYDAY=" + entry + " has an ordinal out of range 1..53 or -53..-1");
          }
          days.add(new WeekdayNum(n, day));
        }
        start = end + 1;
      }
      return days;
    }

    private static Until until(String value) {
      boolean utc = value.endsWith("Z");
      String local = utc ? value.substring(0, value.length() - 1) : value;
      boolean dateOnly = local.length() == 8 && !utc;
      boolean dateTime = local.length() == 15 && local.charAt(8) == 'T';
      if (!dateOnly && !dateTime) {
        throw invalid(
            "UNTIL=" + value + " is not a DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z])");
      }
      try {
        LocalDate date =
            LocalDate.of(digits(local, 0, 4), digits(local, 4, 6), digits(local, 6, 8));
        if (dateOnly) {
          return new Until.OnDate(date);
        }
        LocalDateTime at =
            date.atTime(digits(local, 9, 11), digits(local, 11, 13), digits(local, 13, 15));
        return utc ? new Until.AtInstant(at.toInstant(ZoneOffset.UTC)) : new Until.AtLocalTime(at);
      } catch (DateTimeException | NumberFormatException e) {
        throw invalid("UNTIL=" + value + " is not a valid date or date-time");
      }
    }

    /** The decimal number in {@code text[from, to)}; only ASCII digits are accepted. */
    private static int digits(String text, int from, int to) {
      int result = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw new NumberFormatException(text);
        }
        result = result * 10 + (c - '0');
      }
      return result;
    }
  }
}
