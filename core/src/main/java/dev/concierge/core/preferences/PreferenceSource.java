package dev.concierge.core.preferences;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who captured a preference. Wire names are the lower-case constants. */
public enum PreferenceSource {
  /** The assistant, from what the person wrote: staff confirm it afterwards. */
  AGENT,
  /** A staff member, who vouches for it. */
  STAFF,
  /** Brought over from another system. */
  IMPORT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PreferenceSource> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
