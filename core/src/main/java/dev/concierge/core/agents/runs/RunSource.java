package dev.concierge.core.agents.runs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a run was started. Wire names are the lower-case constants. */
public enum RunSource {
  /** The chat of the REST API. */
  API,
  /** A message in Slack. */
  SLACK,
  /** The service on its own (the reminder agent wording a reminder). */
  WORKER,
  /** concierge-admin. */
  CLI;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RunSource> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
