package dev.concierge.core.digest;

import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.dashboard.OrganizationCalendar;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.time.Today;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The digest's wording: a headline of counts, then a section per kind (dates, reminders due, failed
 * reminders, open tasks), each a list of its first items and "and N more". Plain text with blank
 * lines between sections (the email's HTML part makes them paragraphs); on Slack the section titles
 * are bold. Reminders and tasks are counted only up to {@link Page#COUNTED_UP_TO} ({@link
 * DigestSources}), and an admin's dates about as far as {@link
 * OrganizationCalendar#UPCOMING_COUNTED_UP_TO}: a total that reaches its bound reads "1000 or more"
 * and what is left "at least 990 more". A concierge's dates are counted in full.
 */
public final class DigestTemplate {
  public static final String COMPOSED_BY = "template";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  public ComposedMessage compose(DigestContent content, ChannelType channel) {
    long datesBound =
        content.allClients() ? OrganizationCalendar.UPCOMING_COUNTED_UP_TO : Long.MAX_VALUE;
    LocalDate today = LocalDate.ofInstant(content.generatedAt(), content.zone());
    String subject =
        "Your digest for "
            + LONG_DAY.format(today)
            + ": "
            + counted(content.dates(), datesBound, "date")
            + ", "
            + counted(content.dueReminders(), Page.COUNTED_UP_TO, "reminder")
            + " due, "
            + amount(content.failedReminders(), Page.COUNTED_UP_TO)
            + " failed, "
            + counted(content.openTasks(), Page.COUNTED_UP_TO, "open task");
    StringBuilder text =
        new StringBuilder("Hello ")
            .append(content.recipient().displayName())
            .append(", here is the next ")
            .append(content.daysAhead() == 1 ? "day" : content.daysAhead() + " days")
            .append(content.allClients() ? " across every client." : " for your clients.");
    ZoneId zone = content.zone();
    section(text, channel, "Dates", datesBound, content.dates(), entry -> date(entry, today));
    section(
        text,
        channel,
        "Reminders due",
        Page.COUNTED_UP_TO,
        content.dueReminders(),
        reminder -> when(reminder, zone));
    section(
        text,
        channel,
        "Failed reminders",
        Page.COUNTED_UP_TO,
        content.failedReminders(),
        reminder -> "failed " + when(reminder, zone));
    section(
        text, channel, "Open tasks", Page.COUNTED_UP_TO, content.openTasks(), DigestTemplate::task);
    text.append("\n\n— Concierge");
    return new ComposedMessage(subject, text.toString(), COMPOSED_BY);
  }

  private static <T> void section(
      StringBuilder text,
      ChannelType channel,
      String title,
      long bound,
      Page<T> items,
      Function<T, String> line) {
    if (items.total() == 0) {
      return;
    }
    String heading = title + " (" + amount(items, bound) + ")";
    text.append("\n\n").append(channel == ChannelType.SLACK ? "*" + heading + "*" : heading);
    List<T> listed = items.items();
    for (T item : listed) {
      text.append("\n• ").append(line.apply(item));
    }
    if (items.total() > listed.size()) {
      text.append("\n• and ")
          .append(items.total() >= bound ? "at least " : "")
          .append(items.total() - listed.size())
          .append(" more");
    }
  }

  /** Counted from the digest's own day, so it reads as one list whatever the clients' zones. */
  private static String date(CalendarEntry entry, LocalDate today) {
    String relative = Today.away(today, entry.date());
    return DAY.format(entry.date())
        + " — "
        + entry.personName()
        + ": "
        + entry.occurrence().title()
        + " ("
        + relative
        + ")";
  }

  private static String when(DigestReminder reminder, ZoneId zone) {
    return DAY.format(reminder.at().atZone(zone))
        + " "
        + TIME.format(reminder.at().atZone(zone))
        + " — "
        + reminder.personName()
        + ": "
        + (reminder.dateTitle() == null ? "reminder" : reminder.dateTitle())
        + (reminder.channel() == null ? "" : ", by " + reminder.channel().wireName());
  }

  private static String task(DigestTask task) {
    return task.personName()
        + " — "
        + task.projectTitle()
        + ": "
        + task.title()
        + (task.dueDate() == null ? "" : " (due " + DAY.format(task.dueDate()) + ")");
  }

  private static String counted(Page<?> items, long bound, String noun) {
    return amount(items, bound) + " " + noun + (items.total() == 1 ? "" : "s");
  }

  /** A total counted up to {@code bound}: "12", or "1000 or more" once the count reached it. */
  private static String amount(Page<?> items, long bound) {
    return items.total() + (items.total() >= bound ? " or more" : "");
  }
}
