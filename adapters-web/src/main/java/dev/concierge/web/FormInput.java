package dev.concierge.web;

import dev.concierge.core.errors.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A submitted form read into typed values, each field named as the API names it and refused with
 * the API's words (a zone that is not IANA's, a date that is not YYYY-MM-DD), so a form shows the
 * same field errors the API would answer. Empty fields are absent.
 */
final class FormInput {
  /** IANA zones offered as suggestions beside a zone field (any other IANA zone is taken too). */
  static final List<String> ZONES =
      List.of(
          "America/New_York",
          "America/Chicago",
          "America/Denver",
          "America/Los_Angeles",
          "America/Sao_Paulo",
          "Europe/London",
          "Europe/Paris",
          "Europe/Berlin",
          "Africa/Lagos",
          "Asia/Dubai",
          "Asia/Kolkata",
          "Asia/Singapore",
          "Asia/Tokyo",
          "Australia/Sydney",
          "Pacific/Auckland",
          "UTC");

  private final Function<String, String> fields;
  private final FieldErrors errors = new FieldErrors();

  /** The form a POST sent. */
  FormInput(Visit visit) {
    this.fields = visit::form;
  }

  /** The form as a GET's query sent it (htmx's live preview). */
  FormInput(Visit visit, boolean fromQuery) {
    this.fields = fromQuery ? visit::query : visit::form;
  }

  String text(String field) {
    String value = fields.apply(field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  LocalDate date(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() < 1 || date.getYear() > 9999) {
        errors.add(field, "must be in the years 0001 to 9999");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }

  /** IANA region ids only (America/New_York), as the API takes them. */
  ZoneId zone(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    if (!ZoneId.getAvailableZoneIds().contains(text)) {
      errors.add(field, "must be an IANA time zone such as America/New_York");
      return null;
    }
    return ZoneId.of(text);
  }

  Integer integer(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(field, "must be an integer");
      return null;
    }
  }

  /** A decimal such as 4.5; its scale is the use case's to judge. */
  BigDecimal decimal(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.add(field, "must be a number such as 4.5");
      return null;
    }
  }

  /** Words separated by commas ("late, oysters"), blanks dropped; null when there are none. */
  List<String> commaSeparated(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  /** A box ticked or not: a browser sends an unticked box not at all. */
  boolean ticked(String field) {
    return text(field) != null;
  }

  <E extends Enum<E>> E choice(
      String field,
      Function<String, Optional<E>> fromWireName,
      E[] values,
      Function<E, String> wire) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    Optional<E> value = fromWireName.apply(text);
    if (value.isEmpty()) {
      errors.add(
          field,
          "must be one of " + Arrays.stream(values).map(wire).collect(Collectors.joining(", ")));
    }
    return value.orElse(null);
  }

  FieldErrors errors() {
    return errors;
  }
}
