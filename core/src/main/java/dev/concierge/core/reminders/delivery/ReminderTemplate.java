package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The wording used when no language model is configured or it fails: names the date, the day it
 * falls on, how many days are left, and the notes.
 */
public final class ReminderTemplate implements ReminderComposer {
  public static final String COMPOSED_BY = "template";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

  @Override
  public ComposedMessage compose(ReminderContext context) {
    String subject;
    StringBuilder text = new StringBuilder("Hi ").append(context.personName()).append(",\n\n");
    if (context.dateTitle() != null && context.occurrenceDate() != null) {
      String when = whenText(context.daysUntil());
      subject = context.dateTitle() + " " + when;
      text.append("A reminder: ")
          .append(emphasis(context.channel(), context.dateTitle()))
          .append(" is ")
          .append(when)
          .append(" (")
          .append(DAY.format(context.occurrenceDate()))
          .append(").");
    } else if (context.dateTitle() != null) {
      subject = "Reminder: " + context.dateTitle();
      text.append("A reminder about ").append(emphasis(context.channel(), context.dateTitle()));
      text.append('.');
    } else if (hasNotes(context)) {
      // a standalone reminder: its notes are what it is for, so they lead
      String action = context.notes().strip();
      subject = "Reminder: " + firstLine(action);
      text.append("A reminder: ").append(action);
      if (!action.endsWith(".") && !action.endsWith("!") && !action.endsWith("?")) {
        text.append('.');
      }
    } else {
      subject = "A reminder from your concierge";
      text.append("This is the reminder you asked us for.");
    }
    if (context.dateTitle() != null && hasNotes(context)) {
      text.append("\n\nNotes: ").append(context.notes().strip());
    }
    text.append("\n\nJust reply if you would like us to help with anything.\n— Your concierge");
    return new ComposedMessage(subject, text.toString(), COMPOSED_BY);
  }

  private static boolean hasNotes(ReminderContext context) {
    return context.notes() != null && !context.notes().isBlank();
  }

  /** A subject line is one line, and short enough for any inbox to show whole. */
  private static String firstLine(String text) {
    String line = text.lines().findFirst().orElse("").strip();
    return line.length() <= 80 ? line : line.substring(0, 79) + "…";
  }

  private static String whenText(Integer daysUntil) {
    if (daysUntil == null) {
      return "coming up";
    }
    if (daysUntil == 0) {
      return "today";
    }
    if (daysUntil == 1) {
      return "tomorrow";
    }
    if (daysUntil < 0) {
      return daysUntil == -1 ? "was yesterday" : "was " + -daysUntil + " days ago";
    }
    return "in " + daysUntil + " days";
  }

  private static String emphasis(ChannelType channel, String title) {
    return channel == ChannelType.SLACK ? "*" + title + "*" : title;
  }
}
