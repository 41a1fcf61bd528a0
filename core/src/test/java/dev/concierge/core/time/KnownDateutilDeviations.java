package dev.concierge.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where python-dateutil is wrong and this engine deliberately is not, told apart narrowly so the
 * differential test still fails on anything else. Each check verifies the engine's side against an
 * independent reading (java.time), not against the engine itself.
 */
final class KnownDateutilDeviations {

  private KnownDateutilDeviations() {}

  /**
   * dateutil's zoned instants differ from java.time's in two places: a wall-clock time inside a DST
   * gap keeps the post-transition offset (an hour earlier than java.time's forward shift, which is
   * the rule we build to), and from 2037 on dateutil's tzfile, which ignores the zone's recurring
   * DST rule, runs out of transitions. Such occurrences get java.time's instant for their
   * wall-clock time; all others are left as dateutil gave them.
   */
  static List<String> resolvedLikeJavaTime(List<String> occurrences, ZoneId zone) {
    List<String> resolved = new ArrayList<>();
    for (String occurrence : occurrences) {
      LocalDateTime wall = LocalDateTime.parse(occurrence.substring(0, 15), RuleText.DATE_TIME);
      ZonedDateTime placed = ZonedDateTime.ofLocal(wall, zone, null);
      boolean inGap = !placed.toLocalDateTime().equals(wall);
      resolved.add(
          inGap || wall.getYear() >= 2037
              ? RuleText.DATE_TIME.format(placed.toLocalDateTime()) + "@" + placed.toEpochSecond()
              : occurrence);
    }
    return resolved;
  }

  /**
   * dateutil misnumbers weeks at New Year in two ways: a December day in the next year's week 1 is
   * never matched by a negative BYWEEKNO (its source says "TODO: Check -numweeks for next year"),
   * and the January days in the previous year's last week are matched against a miscomputed week
   * count (it uses this year's length for last year's). The lists may differ only in days within
   * ten days of New Year, and each difference must be on our side per java.time's week numbering
   * (WeekFields with WKST and minimal days 4, which is RFC 5545's definition).
   */
  static boolean weekNumbersNearNewYear(
      RecurrenceRule rule, List<String> ours, List<String> theirs, int limit) {
    if (rule.byWeekNo().isEmpty()) {
      return false;
    }
    // A list cut off by the limit or by COUNT (which the differences shift) says nothing past its
    // last entry; a list shorter than the limit without COUNT is complete.
    boolean counted = rule.count().isPresent();
    String end = "99999999T999999";
    if (!ours.isEmpty() && (ours.size() == limit || counted)) {
      end = ours.get(ours.size() - 1);
    }
    if (!theirs.isEmpty()
        && (theirs.size() == limit || counted)
        && theirs.get(theirs.size() - 1).compareTo(end) < 0) {
      end = theirs.get(theirs.size() - 1);
    }
    String last = end;
    TreeSet<String> onlyOurs =
        new TreeSet<>(ours.stream().filter(o -> o.compareTo(last) <= 0).toList());
    TreeSet<String> onlyTheirs =
        new TreeSet<>(theirs.stream().filter(o -> o.compareTo(last) <= 0).toList());
    TreeSet<String> common = new TreeSet<>(onlyOurs);
    common.retainAll(onlyTheirs);
    onlyOurs.removeAll(common);
    onlyTheirs.removeAll(common);
    WeekFields weeks = WeekFields.of(rule.weekStart(), 4);
    return !(onlyOurs.isEmpty() && onlyTheirs.isEmpty())
        && onlyOurs.stream().allMatch(o -> nearNewYear(o) && inWeeks(o, rule, weeks))
        && onlyTheirs.stream().allMatch(o -> nearNewYear(o) && !inWeeks(o, rule, weeks));
  }

  private static boolean nearNewYear(String occurrence) {
    LocalDate date = date(occurrence);
    return date.getDayOfYear() <= 10 || date.getDayOfYear() > date.lengthOfYear() - 10;
  }

  private static boolean inWeeks(String occurrence, RecurrenceRule rule, WeekFields weeks) {
    LocalDate date = date(occurrence);
    int week = date.get(weeks.weekOfWeekBasedYear());
    int weeksInYear = (int) date.range(weeks.weekOfWeekBasedYear()).getMaximum();
    return rule.byWeekNo().contains(week) || rule.byWeekNo().contains(week - weeksInYear - 1);
  }

  private static LocalDate date(String occurrence) {
    return LocalDate.parse(
        occurrence.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
