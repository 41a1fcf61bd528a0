package dev.concierge.core.persons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a person is to the concierge service. Wire names are the spec's snake_case values. */
public enum PersonType {
  CLIENT,
  STAFF,
  FAMILY_MEMBER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PersonType> fromWireName(String value) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
  }
}
