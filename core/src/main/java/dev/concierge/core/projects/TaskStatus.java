package dev.concierge.core.projects;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a task of a project stands. Wire names are the lower-case snake_case constants. */
public enum TaskStatus {
  PENDING,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TaskStatus> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
