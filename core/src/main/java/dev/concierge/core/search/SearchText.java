package dev.concierge.core.search;

import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.ValidationException;

/**
 * What someone typed to find something, as web search engines read it: words (each must occur, in
 * any form English stems to the same word), "quoted phrases", {@code or} between alternatives and
 * {@code -word} to leave one out. Names also match when misspelt. Stripped, 1 to {@value
 * #MAX_LENGTH} characters, reported as the query parameter {@code q}.
 */
public record SearchText(String text) {
  public static final int MAX_LENGTH = 200;

  public SearchText {
    if (text == null || text.isBlank()) {
      throw new ValidationException("q", "is required: the words to look for");
    }
    text = text.strip();
    new FieldErrors().length("q", text, 1, MAX_LENGTH).throwIfAny();
  }

  /** The text, or null when there is none (a list that is not narrowed). */
  public static SearchText ofNullable(String text) {
    return text == null ? null : new SearchText(text);
  }
}
