package dev.concierge.core.proactive;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The check-in's wording when no language model is configured or it fails: says we are checking in,
 * names the dates coming up with the day each falls on, and offers help.
 */
public final class CheckInTemplate implements CheckInComposer {
  public static final String COMPOSED_BY = "template";
  // a client with a crowded calendar gets the nearest few, not a wall of text
  static final int MAX_DATES_LISTED = 5;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

  @Override
  public ComposedMessage compose(CheckInContext context) {
    List<UpcomingDate> dates = context.dates();
    UpcomingDate nearest = dates.get(0);
    String subject =
        dates.size() == 1
            ? "Coming up: " + nearest.title() + " " + when(context.daysUntil(nearest))
            : "Coming up: " + nearest.title() + " and " + more(dates.size() - 1);
    StringBuilder text = new StringBuilder("Hi ").append(context.personName()).append(",\n\n");
    text.append("It has been a little while, so we wanted to check in.");
    if (dates.size() == 1) {
      text.append(' ')
          .append(emphasis(context.channel(), nearest.title()))
          .append(" is ")
          .append(describe(context, nearest))
          .append('.');
    } else {
      text.append(" Coming up:\n");
      dates.stream()
          .limit(MAX_DATES_LISTED)
          .forEach(
              date ->
                  text.append("\n• ")
                      .append(emphasis(context.channel(), date.title()))
                      .append(", ")
                      .append(describe(context, date)));
      if (dates.size() > MAX_DATES_LISTED) {
        text.append("\n• and ").append(more(dates.size() - MAX_DATES_LISTED));
      }
    }
    text.append(
        "\n\nWould you like a hand with anything — a gift, a reservation, flowers?"
            + " Just reply and we will take care of it.\n— Your concierge");
    return new ComposedMessage(subject, text.toString(), COMPOSED_BY);
  }

  private static String describe(CheckInContext context, UpcomingDate date) {
    return when(context.daysUntil(date)) + " (" + DAY.format(date.occurrence()) + ")";
  }

  private static String when(int daysUntil) {
    if (daysUntil <= 0) {
      return "today";
    }
    return daysUntil == 1 ? "tomorrow" : "in " + daysUntil + " days";
  }

  private static String more(int count) {
    return count == 1 ? "1 more date" : count + " more dates";
  }

  private static String emphasis(ChannelType channel, String title) {
    return channel == ChannelType.SLACK ? "*" + title + "*" : title;
  }
}
