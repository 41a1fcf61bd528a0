package dev.concierge.core.testing;

import dev.concierge.core.search.SearchText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The in-memory stores' stand-in for PostgreSQL's full-text match: every word of the text occurs in
 * one of the fields, ignoring case. No stemming, phrases or {@code or}: enough for the rules'
 * tests.
 */
final class Words {
  private Words() {}

  static boolean holds(SearchText matching, String... fields) {
    if (matching == null) {
      return true;
    }
    String haystack =
        Stream.of(fields)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "))
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(matching.text().toLowerCase(Locale.ROOT).split("\\s+"))
        .allMatch(haystack::contains);
  }
}
