package dev.concierge.web.view;

import dev.concierge.core.digest.DigestFrequency;
import dev.concierge.core.digest.DigestPreview;
import dev.concierge.core.digest.DigestSettings;
import dev.concierge.core.identities.ChannelType;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The staff member's digest: its settings as a form (as saved, or as typed when refused) and what
 * the saved settings' next digest would say now.
 *
 * @param preview composed as the API's preview and the sent digest are, from the saved settings
 * @param saved whether the page follows a save
 * @param zones the IANA zones offered as suggestions
 */
public record DigestView(FormState form, DigestPreview preview, boolean saved, List<String> zones) {

  /** Monday to Sunday as the form offers them: the API's value and the day's name. */
  public List<DayOfWeek> weekdays() {
    return List.of(DayOfWeek.values());
  }

  public static String wire(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }

  public static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  /** When and where the saved settings send it, as a sentence's end. */
  public String schedule() {
    DigestSettings settings = preview.settings();
    String when =
        settings.frequency() == DigestFrequency.WEEKLY
            ? "every " + name(settings.weekday())
            : "every day";
    return when
        + " at "
        + String.format(
            Locale.ROOT, "%02d:%02d", settings.time().getHour(), settings.time().getMinute())
        + " ("
        + settings.zone().getId()
        + "), "
        + (settings.channel() == ChannelType.SLACK ? "on Slack to " : "by email to ")
        + preview.address();
  }

  /** The window the digest looks at: "the next day" or "the next 7 days". */
  public String window() {
    int days = preview.settings().daysAhead();
    return days == 1 ? "the next day" : "the next " + days + " days";
  }

  public boolean empty() {
    return preview.content().isEmpty();
  }
}
