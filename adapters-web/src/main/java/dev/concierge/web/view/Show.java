package dev.concierge.web.view;

import dev.concierge.core.dashboard.OrganizationCalendar;
import dev.concierge.core.paging.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the pages write dates and times: in English whatever the server's locale, an instant always
 * in the zone of the person it belongs to, with the zone named, so staff never convert in their
 * heads.
 */
public final class Show {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private Show() {}

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public static String shortDay(LocalDate date) {
    return date == null ? "" : SHORT_DAY.format(date);
  }

  public static String month(LocalDate date) {
    return MONTH.format(date);
  }

  /** "Mon 1 Mar 2027, 09:00 (America/New_York, UTC-05:00)". */
  public static String time(Instant instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime local = instant.atZone(zone);
    String offset = local.getOffset().getTotalSeconds() == 0 ? "+00:00" : local.getOffset().getId();
    return TIME.format(local) + " (" + zone.getId() + ", UTC" + offset + ")";
  }

  /** "Mon 1 Mar 2027, 09:00": for a list that names its one zone once, above it. */
  public static String localTime(Instant instant, ZoneId zone) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  /** "today", "tomorrow", "in 9 days", "2 days ago". */
  public static String daysAway(long days) {
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "tomorrow";
    }
    if (days == -1) {
      return "yesterday";
    }
    return days > 0 ? "in " + days + " days" : (-days) + " days ago";
  }

  /** A count with its noun: "1 reminder", "2 reminders", "0 reminders". */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /**
   * How many occurrences the calendar found: it counts up to {@link
   * OrganizationCalendar#COUNTED_UP_TO}, so a count that reaches it is "1000 or more".
   */
  public static String occurrences(long n) {
    return occurrences(n, OrganizationCalendar.COUNTED_UP_TO);
  }

  /** As {@link #occurrences(long)}, of a total counted up to {@code bound}. */
  public static String occurrences(long n, long bound) {
    return n >= bound ? bound + " or more occurrences" : count(n, "occurrence");
  }

  /**
   * A total counted up to {@link Page#COUNTED_UP_TO} (the home page's, the queue's): "12", or "1000
   * or more" once it reached the bound, which it never counts past.
   */
  public static String atLeast(long total, long bound) {
    return total >= bound ? total + " or more" : String.valueOf(total);
  }

  /** A wire name as words: "family_member" → "family member". */
  public static String words(String wireName) {
    return wireName == null ? "" : wireName.replace('_', ' ');
  }

  /** A wire name as the start of a sentence: "delivery_radius_km" reads "Delivery radius km". */
  public static String sentence(String wireName) {
    String words = words(wireName);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public static String orDash(Object value) {
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }
}
