package dev.concierge.core.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API key or a staff account may do: analysts read, concierges also write, admins also
 * manage categories, the catalogue, keys and accounts. Wire names are the lower-case snake_case
 * constants.
 */
public enum ApiRole {
  ADMIN,
  CONCIERGE,
  ANALYST;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ApiRole> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
