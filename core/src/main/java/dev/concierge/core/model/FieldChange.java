package dev.concierge.core.model;

import java.util.Objects;

/**
 * One field of a partial update: left as it is, or set to a value, where {@code null} clears a
 * nullable field. Distinguishes "not mentioned" from "set to nothing", which a plain null cannot.
 */
public final class FieldChange<T> {
  private static final FieldChange<?> UNCHANGED = new FieldChange<>(false, null);

  private final boolean present;
  private final T value;

  private FieldChange(boolean present, T value) {
    this.present = present;
    this.value = value;
  }

  @SuppressWarnings("unchecked")
  public static <T> FieldChange<T> unchanged() {
    return (FieldChange<T>) UNCHANGED;
  }

  public static <T> FieldChange<T> to(T value) {
    return new FieldChange<>(true, value);
  }

  public boolean isPresent() {
    return present;
  }

  public T applyTo(T current) {
    return present ? value : current;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldChange<?> that
        && present == that.present
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(present, value);
  }

  @Override
  public String toString() {
    return present ? "to(" + value + ")" : "unchanged";
  }
}
