package dev.concierge.core.reminders;

import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the person reminded answered to a reminder they received (a button under it in Slack): done
 * with it, or remind me again a day or a week later. Wire names are the lower-case constants.
 */
public enum ReminderAnswer {
  DONE(null),
  SNOOZE_1D(Period.ofDays(1)),
  SNOOZE_1W(Period.ofWeeks(1));

  private final Period snooze;

  ReminderAnswer(Period snooze) {
    this.snooze = snooze;
  }

  /** How much later to remind again; empty for done. */
  public Optional<Period> snooze() {
    return Optional.ofNullable(snooze);
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReminderAnswer> fromWireName(String value) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
  }
}
