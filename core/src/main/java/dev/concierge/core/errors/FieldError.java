package dev.concierge.core.errors;

import java.util.Objects;

/** One rejected input: the field's path as the caller spelled it, and why it was rejected. */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
