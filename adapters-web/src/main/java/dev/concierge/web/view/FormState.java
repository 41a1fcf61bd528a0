package dev.concierge.web.view;

import dev.concierge.core.errors.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form as the person left it: every value as typed (so a refused save loses nothing) and the
 * errors the use case or the form's reading found, each shown beside its field.
 *
 * @param fields the fields a template shows errors beside; errors of other fields are listed on top
 */
public record FormState(Map<String, String> values, List<FieldError> errors, Set<String> fields) {
  public FormState {
    values = new LinkedHashMap<>(values);
    errors = List.copyOf(errors);
    fields = Set.copyOf(fields);
  }

  public static FormState of(Map<String, String> values, Set<String> fields) {
    return new FormState(values, List.of(), fields);
  }

  public FormState refused(List<FieldError> found) {
    return new FormState(values, found, fields);
  }

  public String value(String field) {
    String value = values.get(field);
    return value == null ? "" : value;
  }

  public boolean is(String field, String option) {
    return option.equals(values.get(field));
  }

  /** The error of a field, or null. */
  public String error(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Errors of fields the form does not show, such as a rule the server refused as a whole. */
  public List<FieldError> otherErrors() {
    List<FieldError> other = new ArrayList<>();
    for (FieldError e : errors) {
      if (!fields.contains(e.field())) {
        other.add(e);
      }
    }
    return other;
  }
}
