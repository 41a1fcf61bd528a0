package dev.concierge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.errors.ValidationException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our first twenty instances against python-dateutil's for a few thousand random rules (fixed
 * seed), floating and zoned. dateutil runs once, in batch. A missing Python or dateutil fails the
 * test.
 */
class DateutilDifferentialTest {

  /** Fixed, so a failure reproduces; -Ddateutil.seed and -Ddateutil.cases explore further. */
  private static final long SEED = Long.getLong("dateutil.seed", 20_261_125L);

  private static final int CASES = Integer.getInteger("dateutil.cases", 3000);

  @BeforeAll
  static void pythonWithDateutilIsInstalled() {
    Dateutil.requireAvailable();
  }

  @Test
  void engine_matches_python_dateutil_on_thousands_of_random_rules() {
    RandomRules rules = new RandomRules(new Random(SEED));
    List<RandomRules.Case> cases = new ArrayList<>();
    for (int id = 0; id < CASES; id++) {
      cases.add(rules.next(id, true));
    }

    Dateutil.Batch batch = Dateutil.expand(cases);

    List<String> mismatches = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<Frequency, Integer> byFrequency = new EnumMap<>(Frequency.class);
    Map<String, Integer> byPart = new TreeMap<>();
    for (RandomRules.Case c : cases) {
      Dateutil.Answer expected = batch.answers().get(c.id());
      assertThat(expected).as("dateutil's answer to case %s", c.id()).isNotNull();
      RecurrenceRule rule = RecurrenceRule.parse(c.rule());
      byFrequency.merge(rule.frequency(), 1, Integer::sum);
      for (String part : c.rule().replace("RRULE:", "").split(";")) {
        byPart.merge(part.substring(0, part.indexOf('=')), 1, Integer::sum);
      }
      String outcome = compare(c, rule, expected);
      outcomes.merge(outcome.startsWith("MISMATCH") ? "MISMATCH" : outcome, 1, Integer::sum);
      if (outcome.startsWith("MISMATCH")) {
        mismatches.add(outcome);
      }
    }

    System.out.printf(
        "dateutil differential (%s): %d cases, outcomes %s, frequencies %s, parts %s%n",
        batch.version(), CASES, outcomes, byFrequency, byPart);
    assertThat(mismatches).as("cases where the engine and dateutil disagree").isEmpty();
    assertThat(byFrequency).hasSize(Frequency.values().length);
    assertThat(byPart)
        .containsKeys(
            "INTERVAL",
            "COUNT",
            "UNTIL",
            "WKST",
            "BYMONTH",
            "BYWEEKNO",
            "BYYEARDAY",
            "BYMONTHDAY",
            "BYDAY",
            "BYHOUR",
            "BYMINUTE",
            "BYSECOND",
            "BYSETPOS");
    // Cases dateutil gave up on are still compared as far as it got; how many there are is a
    // matter of CPU speed, so only the fully compared share is held, not the count of give-ups.
    assertThat(outcomes.getOrDefault("SAME", 0)).isGreaterThan(CASES * 9 / 10);
    assertThat(outcomes.getOrDefault("DATEUTIL_WEEKNO_BUG", 0)).isLessThan(CASES / 50);
  }

  private static String compare(RandomRules.Case c, RecurrenceRule rule, Dateutil.Answer expected) {
    List<String> actual;
    try {
      actual = expand(c, rule);
    } catch (ValidationException e) {
      return expected.status().equals("ERROR")
          ? "BOTH_REJECT"
          : mismatch(c, "we reject it (" + e.getMessage() + ")", expected.toString());
    }
    if (expected.status().equals("ERROR")) {
      return mismatch(c, actual.toString(), "dateutil rejects it: " + expected.message());
    }
    // dateutil stops at the first period starting after lastYear; a week can still spill over.
    List<String> theirs =
        expected.occurrences().stream()
            .filter(o -> Integer.parseInt(o.substring(0, 4)) <= c.lastYear())
            .toList();
    String tzNote = "";
    if (c.zone() != null) {
      List<String> resolved = KnownDateutilDeviations.resolvedLikeJavaTime(theirs, c.zone());
      if (!resolved.equals(theirs)) {
        tzNote = "_AFTER_TZ_RESOLUTION";
        theirs = resolved;
      }
    }
    if (expected.status().equals("TIMEOUT")) {
      return actual.size() >= theirs.size() && actual.subList(0, theirs.size()).equals(theirs)
          ? "SAME_PREFIX_OF_TIMEOUT"
          : mismatch(c, actual.toString(), "(timed out after) " + theirs);
    }
    if (actual.equals(theirs)) {
      return "SAME" + tzNote;
    }
    if (KnownDateutilDeviations.weekNumbersNearNewYear(rule, actual, theirs, c.limit())) {
      return "DATEUTIL_WEEKNO_BUG";
    }
    return mismatch(c, actual.toString(), theirs.toString());
  }

  private static List<String> expand(RandomRules.Case c, RecurrenceRule rule) {
    if (c.zone() == null) {
      return new Recurrence(rule, c.start())
          .occurrences()
          .takeWhile(occurrence -> occurrence.getYear() <= c.lastYear())
          .limit(c.limit())
          .map(RuleText.DATE_TIME::format)
          .toList();
    }
    // dateutil keeps a wall-clock time inside a DST gap as it is, java.time moves it forward; the
    // instants agree, so zoned cases are compared by wall-clock time outside gaps and by instant.
    return new ZonedRecurrence(rule, c.start().atZone(c.zone()))
        .occurrences()
        .takeWhile(occurrence -> occurrence.toLocalDateTime().getYear() <= c.lastYear())
        .limit(c.limit())
        .map(DateutilDifferentialTest::zoned)
        .toList();
  }

  private static String zoned(ZonedDateTime occurrence) {
    return RuleText.DATE_TIME.format(occurrence.toLocalDateTime())
        + "@"
        + occurrence.toEpochSecond();
  }

  private static String mismatch(RandomRules.Case c, String actual, String expected) {
    return "MISMATCH case "
        + c.id()
        + " "
        + c.rule()
        + " from "
        + c.start()
        + (c.zone() == null ? "" : " " + c.zone())
        + "\n  ours:     "
        + actual
        + "\n  dateutil: "
        + expected;
  }
}
