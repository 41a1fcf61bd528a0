package dev.concierge.core.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rejected field of one input before failing, so a caller learns all of them at
 * once. Field names are the wire names of the spec (snake_case), which are also the column names.
 */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  public FieldErrors required(String field, Object value) {
    if (value == null) {
      add(field, "is required");
    }
    return this;
  }

  /** A null value passes: nullability is {@link #required}'s business. */
  public FieldErrors length(String field, String value, int min, int max) {
    if (value != null && (value.strip().length() < min || value.length() > max)) {
      add(
          field,
          min > 0
              ? "must be " + min + " to " + max + " characters"
              : "must be at most " + max + " characters");
    }
    return this;
  }

  public FieldErrors range(String field, Number value, double min, double max) {
    if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
      add(field, "must be between " + format(min) + " and " + format(max));
    }
    return this;
  }

  public FieldErrors matches(String field, String value, String regex, String expectation) {
    if (value != null && !value.matches(regex)) {
      add(field, expectation);
    }
    return this;
  }

  /** How many errors were collected so far. */
  public int size() {
    return errors.size();
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
