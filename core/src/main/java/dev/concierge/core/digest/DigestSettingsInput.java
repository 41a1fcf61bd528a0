package dev.concierge.core.digest;

import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.identities.ChannelType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Digest settings as a person sends them, every part optional but {@code enabled}: what is left out
 * takes its default (daily, 08:00, email to the account's address, 7 days ahead, the organization's
 * zone). Wire names of the fields are the snake_case of the components.
 *
 * @param weekday e.g. {@code monday}; required for a weekly digest, refused for a daily one
 * @param time {@code HH:MM} or {@code H:MM}, 24-hour
 * @param timezone an IANA region id such as {@code Europe/London}
 * @param emailAddress for an email digest, where instead of the account's address
 * @param slackUserId for a Slack digest, the staff member's Slack user id ({@code U…})
 */
public record DigestSettingsInput(
    Boolean enabled,
    String frequency,
    String weekday,
    String time,
    String timezone,
    String channel,
    String emailAddress,
    String slackUserId,
    Integer daysAhead) {

  /** "7:30" as well as "07:30": people write the hour of a morning time without its zero. */
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,30}");
  private static final String WEEKDAYS =
      Arrays.stream(DayOfWeek.values())
          .map(DigestSettingsInput::wire)
          .collect(Collectors.joining(", "));

  /** The settings this input makes, or every rejected field at once. */
  public DigestSettings validated(ZoneId organizationZone) {
    FieldErrors errors = new FieldErrors().required("enabled", enabled);
    DigestFrequency often = DigestFrequency.DAILY;
    if (frequency != null) {
      often = DigestFrequency.fromWireName(frequency).orElse(null);
      if (often == null) {
        errors.add("frequency", "must be one of daily, weekly");
      }
    }
    DayOfWeek day = day(errors);
    if (often == DigestFrequency.WEEKLY && day == null && weekday == null) {
      errors.add("weekday", "is required for a weekly digest: one of " + WEEKDAYS);
    }
    if (often == DigestFrequency.DAILY && weekday != null) {
      errors.add("weekday", "is only for a weekly digest");
    }
    LocalTime at = LocalTime.of(8, 0);
    if (time != null) {
      Matcher hourMinute = TIME.matcher(time);
      if (hourMinute.matches()) {
        at =
            LocalTime.of(
                Integer.parseInt(hourMinute.group(1)), Integer.parseInt(hourMinute.group(2)));
      } else {
        errors.add("time", "must be a local time as HH:MM or H:MM, 00:00 to 23:59");
      }
    }
    ChannelType by = ChannelType.EMAIL;
    if (channel != null) {
      by = ChannelType.fromWireName(channel).orElse(null);
      if (by != ChannelType.EMAIL && by != ChannelType.SLACK) {
        errors.add("channel", "must be one of email, slack");
      }
    }
    ZoneId zone = organizationZone;
    if (timezone != null) {
      // region ids only (Europe/London): offsets and abbreviations drift with DST
      if (ZoneId.getAvailableZoneIds().contains(timezone)) {
        zone = ZoneId.of(timezone);
      } else {
        errors.add("timezone", "must be an IANA time zone such as Europe/London");
      }
    }
    String recipient = recipient(by, errors);
    errors.range(
        "days_ahead", daysAhead, DigestSettings.MIN_DAYS_AHEAD, DigestSettings.MAX_DAYS_AHEAD);
    errors.throwIfAny();
    return new DigestSettings(
        enabled,
        often,
        often == DigestFrequency.WEEKLY ? day : null,
        at,
        zone,
        by,
        recipient,
        daysAhead == null ? 7 : daysAhead);
  }

  private DayOfWeek day(FieldErrors errors) {
    if (weekday == null) {
      return null;
    }
    try {
      return DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add("weekday", "must be one of " + WEEKDAYS);
      return null;
    }
  }

  private String recipient(ChannelType by, FieldErrors errors) {
    if (by == ChannelType.SLACK) {
      if (emailAddress != null) {
        errors.add("email_address", "is only for an email digest");
      }
      if (slackUserId == null) {
        errors.add("slack_user_id", "is required for a Slack digest");
      } else if (!SLACK_USER.matcher(slackUserId).matches()) {
        errors.add("slack_user_id", "must be a Slack user id such as U0123ABCD");
      }
      return slackUserId;
    }
    if (slackUserId != null) {
      errors.add("slack_user_id", "is only for a Slack digest");
    }
    if (emailAddress != null
        && (emailAddress.length() > 320 || !EMAIL.matcher(emailAddress).matches())) {
      errors.add("email_address", "must be an email address");
    }
    return emailAddress;
  }

  static String wire(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }
}
