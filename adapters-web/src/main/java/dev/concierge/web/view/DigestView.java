package dev.concierge.web.view;

import dev.concierge.core.digest.DigestFrequency;
import dev.concierge.core.digest.DigestSettings;
import dev.concierge.core.identities.ChannelType;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The staff member's digest settings as a form: as saved, or as typed when refused.
 *
 * @param ownEmail the account's address, where an email digest goes unless it names another
 * @param savedSchedule when and where the settings just saved send it; null unless the page follows
 *     a save
 * @param zones the IANA zones offered as suggestions
 */
public record DigestView(
    FormState form, String ownEmail, String savedSchedule, List<String> zones) {

  /** Monday to Sunday as the form offers them. */
  public List<DayOfWeek> weekdays() {
    return List.of(DayOfWeek.values());
  }

  /** A weekday as the API names it. */
  public static String wire(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }

  public static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  /**
   * When and where {@code settings} send a digest, as a sentence's end: "every Friday at 07:30
   * (Europe/London), by email to anna@example.com".
   *
   * @param ownEmail the account's address, for an email digest that names no other
   */
  public static String schedule(DigestSettings settings, String ownEmail) {
    String when =
        settings.frequency() == DigestFrequency.WEEKLY
            ? "every " + name(settings.weekday())
            : "every day";
    boolean slack = settings.channel() == ChannelType.SLACK;
    return when
        + " at "
        + String.format(
            Locale.ROOT, "%02d:%02d", settings.time().getHour(), settings.time().getMinute())
        + " ("
        + settings.zone().getId()
        + "), "
        + (slack ? "on Slack to " : "by email to ")
        + (settings.recipient() == null ? ownEmail : settings.recipient());
  }
}
