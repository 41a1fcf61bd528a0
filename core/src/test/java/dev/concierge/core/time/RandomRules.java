package dev.concierge.core.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.IntSupplier;

/**
 * Random valid rules with starts, for the dateutil differential test and the properties. Every FREQ
 * and BYxxx part appears, values lean towards the edges (week 53, day -1, the 366th day) and rules
 * stay dense enough that the first twenty instances lie within a few centuries.
 *
 * <p>Three shapes are never produced because this engine deliberately follows RFC 5545 where
 * python-dateutil does not (see NOTES.md), in ways a random comparison could not tell apart from
 * bugs: BYDAY mixing ordinal and plain weekdays, WEEKLY with BYSETPOS from a start that is not on
 * WKST, and BYSETPOS with BYWEEKNO.
 */
final class RandomRules {

  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/St_Johns"));

  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  /**
   * One rule with its start ({@code zone} is null for a floating start): its first {@code limit}
   * instances up to the end of {@code lastYear} are compared.
   */
  record Case(int id, String rule, LocalDateTime start, ZoneId zone, int limit, int lastYear) {}

  /** Compared instances end here: dateutil takes seconds to search to 9999 for a sparse rule. */
  static final int HORIZON_YEARS = 100;

  private final Random random;

  RandomRules(Random random) {
    this.random = random;
  }

  Case next(int id, boolean allowZone) {
    Frequency frequency = frequency();
    ZoneId zone =
        allowZone && random.nextInt(4) == 0 ? ZONES.get(random.nextInt(ZONES.size())) : null;
    LocalDateTime start = start(zone);
    List<String> parts = new ArrayList<>();
    parts.add("FREQ=" + frequency);
    if (random.nextInt(10) < 3) {
      parts.add("INTERVAL=" + interval(frequency));
    }
    int end = random.nextInt(10);
    if (end < 4) {
      parts.add("COUNT=" + (1 + random.nextInt(30)));
    } else if (end < 6) {
      parts.add("UNTIL=" + until(start, frequency, zone));
    }
    // Independent random BYxxx parts mostly contradict each other (BYYEARDAY=50;BYMONTH=4) and
    // dateutil then searches until year 9999, so a case draws at most two day-level parts, keeps
    // the start's own month and time reachable, and prefers values every month or year has.
    List<String> dayParts = new ArrayList<>();
    // dateutil walks sub-daily rules second by second within a matching day: keep their days plain.
    int roll = random.nextInt(100);
    if (roll < (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY ? 75 : 30)) {
      // none: the start's own month, day or weekday, as the defaults give
    } else if (roll < 75) {
      List<String> single = new ArrayList<>(List.of("BYMONTH", "BYMONTHDAY", "BYDAY", "BYYEARDAY"));
      if (frequency == Frequency.YEARLY || chance(10)) {
        single.add("BYWEEKNO");
      }
      dayParts.add(single.get(random.nextInt(single.size())));
    } else {
      // Pairs that rarely contradict each other.
      List<List<String>> pairs =
          List.of(
              List.of("BYMONTH", "BYMONTHDAY"),
              List.of("BYMONTH", "BYDAY"),
              List.of("BYMONTHDAY", "BYDAY"),
              List.of("BYYEARDAY", "BYDAY"),
              List.of("BYWEEKNO", "BYDAY"));
      dayParts.addAll(pairs.get(random.nextInt(frequency == Frequency.YEARLY ? 5 : 4)));
    }
    boolean anyBy = false;
    for (String part : dayParts) {
      anyBy = true;
      boolean plainDays = dayParts.size() > 1;
      switch (part) {
        case "BYMONTH" -> parts.add("BYMONTH=" + months(start));
        case "BYMONTHDAY" -> parts.add("BYMONTHDAY=" + list(1 + random.nextInt(4), this::monthDay));
        case "BYDAY" -> parts.add("BYDAY=" + byDay(plainDays ? Frequency.DAILY : frequency));
        case "BYYEARDAY" -> parts.add("BYYEARDAY=" + list(1 + random.nextInt(5), this::yearDay));
        default -> parts.add("BYWEEKNO=" + list(1 + random.nextInt(3), this::weekNo));
      }
    }
    if (chance(frequency.isSubDaily() ? 35 : 20)) {
      parts.add("BYHOUR=" + list(1 + random.nextInt(4), () -> random.nextInt(24), start.getHour()));
      anyBy = true;
    }
    if (chance(frequency.isSubDaily() ? 30 : 15)) {
      parts.add(
          "BYMINUTE=" + list(1 + random.nextInt(4), () -> random.nextInt(60), start.getMinute()));
      anyBy = true;
    }
    if (chance(frequency.isSubDaily() ? 25 : 8)) {
      parts.add(
          "BYSECOND=" + list(1 + random.nextInt(3), () -> random.nextInt(60), start.getSecond()));
      anyBy = true;
    }
    DayOfWeek weekStart = chance(25) ? DayOfWeek.of(1 + random.nextInt(7)) : DayOfWeek.MONDAY;
    // With BYWEEKNO, dateutil's week-number bugs near New Year (see KnownDateutilDeviations) move
    // BYSETPOS's picks anywhere in the year, past telling apart; that pair has its own unit tests.
    if (anyBy && !dayParts.contains("BYWEEKNO") && chance(20)) {
      // From DAILY down a period's set is often a single instance: only 1 and -1 always exist.
      parts.add(
          "BYSETPOS="
              + (frequency.compareTo(Frequency.DAILY) >= 0
                  ? (chance(50) ? "1" : "-1")
                  : list(1 + random.nextInt(2), this::setPos)));
      if (frequency == Frequency.WEEKLY) {
        start = onWeekStart(start, weekStart, zone);
      }
    }
    if (weekStart != DayOfWeek.MONDAY || chance(5)) {
      parts.add("WKST=" + DAYS[weekStart.getValue() - 1]);
    }
    java.util.Collections.shuffle(parts.subList(1, parts.size()), random);
    StringJoiner rule = new StringJoiner(";", chance(10) ? "RRULE:" : "", "");
    parts.forEach(rule::add);
    return new Case(id, rule.toString(), start, zone, 20, start.getYear() + HORIZON_YEARS);
  }

  private Frequency frequency() {
    int roll = random.nextInt(100);
    if (roll < 25) {
      return Frequency.YEARLY;
    } else if (roll < 50) {
      return Frequency.MONTHLY;
    } else if (roll < 65) {
      return Frequency.WEEKLY;
    } else if (roll < 80) {
      return Frequency.DAILY;
    } else if (roll < 88) {
      return Frequency.HOURLY;
    } else if (roll < 95) {
      return Frequency.MINUTELY;
    }
    return Frequency.SECONDLY;
  }

  private int interval(Frequency frequency) {
    if (frequency.isSubDaily() && chance(30)) {
      int[] odd = {7, 11, 25, 45, 90, 150, 1441};
      return odd[random.nextInt(odd.length)];
    }
    return 2 + random.nextInt(frequency == Frequency.YEARLY ? 4 : 11);
  }

  private LocalDateTime start(ZoneId zone) {
    while (true) {
      LocalDateTime start =
          LocalDateTime.of(
              1995 + random.nextInt(36),
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              random.nextInt(24),
              chance(50) ? 0 : random.nextInt(60),
              chance(70) ? 0 : random.nextInt(60));
      if (chance(8)) {
        start = start.withDayOfMonth(start.toLocalDate().lengthOfMonth());
      }
      // dateutil keeps a start inside a DST gap as a wall-clock time that never happens; java.time
      // moves it. Starts must exist to be comparable.
      if (zone == null || ZonedDateTime.of(start, zone).toLocalDateTime().equals(start)) {
        return start;
      }
    }
  }

  private String until(LocalDateTime start, Frequency frequency, ZoneId zone) {
    long spanSeconds =
        switch (frequency) {
          case YEARLY -> 86_400L * 365 * 30;
          case MONTHLY -> 86_400L * 365 * 4;
          case WEEKLY -> 86_400L * 300;
          case DAILY -> 86_400L * 60;
          case HOURLY -> 86_400L * 5;
          case MINUTELY -> 3600L * 8;
          case SECONDLY -> 900L;
        };
    LocalDateTime until = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
    if (zone != null) {
      LocalDateTime utc =
          ZonedDateTime.of(until, zone)
              .withZoneSameInstant(java.time.ZoneOffset.UTC)
              .toLocalDateTime();
      return RuleText.DATE_TIME.format(utc) + "Z";
    }
    return chance(40)
        ? until.toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
        : RuleText.DATE_TIME.format(until);
  }

  private String byDay(Frequency frequency) {
    boolean ordinals =
        (frequency == Frequency.MONTHLY || frequency == Frequency.YEARLY) && chance(50);
    Set<String> days = new LinkedHashSet<>();
    int size = 1 + random.nextInt(ordinals ? 3 : 5);
    for (int i = 0; i < size; i++) {
      String day = DAYS[random.nextInt(7)];
      if (ordinals) {
        int limit = frequency == Frequency.YEARLY && chance(40) ? 53 : chance(80) ? 4 : 5;
        int n = 1 + random.nextInt(limit);
        day = (chance(35) ? "-" : chance(10) ? "+" : "") + n + day;
      }
      days.add(day);
    }
    return String.join(",", days);
  }

  private int weekNo() {
    int[] edges = {1, 2, 52, 53, -1, -2, -52, -53};
    if (chance(50)) {
      return edges[random.nextInt(edges.length)];
    }
    int n = 1 + random.nextInt(53);
    return chance(25) ? -n : n;
  }

  private int yearDay() {
    int[] edges = {1, 59, 60, 365, 366, -1, -365, -366};
    if (chance(40)) {
      return edges[random.nextInt(edges.length)];
    }
    int n = 1 + random.nextInt(366);
    return chance(30) ? -n : n;
  }

  private int monthDay() {
    int[] edges = {1, 28, 29, 30, 31, -1, -2, -31};
    if (chance(40)) {
      return edges[random.nextInt(edges.length)];
    }
    int n = 1 + random.nextInt(31);
    return chance(25) ? -n : n;
  }

  /** Mostly 1 or -1, which any non-empty set has; larger positions now and then. */
  private int setPos() {
    int roll = random.nextInt(100);
    int n = roll < 70 ? 1 : roll < 97 ? 2 + random.nextInt(2) : 4 + random.nextInt(27);
    return chance(45) ? -n : n;
  }

  private LocalDateTime onWeekStart(LocalDateTime start, DayOfWeek weekStart, ZoneId zone) {
    LocalDateTime moved =
        start.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekStart));
    return zone == null || ZonedDateTime.of(moved, zone).toLocalDateTime().equals(moved)
        ? moved
        : moved.withHour(12);
  }

  /** BYMONTH with the start's month, which every INTERVAL of YEARLY and MONTHLY reaches. */
  private String months(LocalDateTime start) {
    return list(random.nextInt(4), () -> 1 + random.nextInt(12), List.of(start.getMonthValue()));
  }

  /** A list that, more often than not, contains {@code likely} (the start's hour, say). */
  private String list(int size, IntSupplier value, int likely) {
    return chance(70) ? list(size, value, List.of(likely)) : list(Math.max(1, size), value);
  }

  private String list(int size, IntSupplier value) {
    return list(size, value, List.of());
  }

  private String list(int size, IntSupplier value, List<Integer> first) {
    Set<Integer> values = new LinkedHashSet<>(first);
    for (int i = 0; i < size; i++) {
      values.add(value.getAsInt());
    }
    StringJoiner joined = new StringJoiner(",");
    values.forEach(v -> joined.add(v.toString()));
    return joined.toString();
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
