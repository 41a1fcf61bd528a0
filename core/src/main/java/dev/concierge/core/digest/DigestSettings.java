package dev.concierge.core.digest;

import dev.concierge.core.identities.ChannelType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When and where one staff account's digest goes: daily, or weekly on {@code weekday}, at {@code
 * time} in {@code zone}, by email or Slack, covering the next {@code daysAhead} days.
 *
 * @param weekday the day of a weekly digest; null for a daily one
 * @param recipient an email address instead of the account's own, or the Slack user id; null means
 *     the account's email address
 */
public record DigestSettings(
    boolean enabled,
    DigestFrequency frequency,
    DayOfWeek weekday,
    LocalTime time,
    ZoneId zone,
    ChannelType channel,
    String recipient,
    int daysAhead) {

  public static final int MIN_DAYS_AHEAD = 1;
  public static final int MAX_DAYS_AHEAD = 31;

  public DigestSettings {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(channel, "channel");
    if ((frequency == DigestFrequency.WEEKLY) != (weekday != null)) {
      throw new IllegalArgumentException("a weekly digest, and only a weekly one, has a weekday");
    }
    if (channel != ChannelType.EMAIL && channel != ChannelType.SLACK) {
      throw new IllegalArgumentException("a digest goes by email or Slack, not " + channel);
    }
    if (channel == ChannelType.SLACK && recipient == null) {
      throw new IllegalArgumentException("a Slack digest needs the Slack user id");
    }
    if (daysAhead < MIN_DAYS_AHEAD || daysAhead > MAX_DAYS_AHEAD) {
      throw new IllegalArgumentException("daysAhead out of range: " + daysAhead);
    }
  }

  /** What an account that never set its digest has: off, daily at 08:00 in {@code zone}, email. */
  public static DigestSettings off(ZoneId zone) {
    return new DigestSettings(
        false, DigestFrequency.DAILY, null, LocalTime.of(8, 0), zone, ChannelType.EMAIL, null, 7);
  }

  /**
   * The period due at {@code now}: today's in {@code zone} once its send time has passed (and, for
   * a weekly digest, when today is its weekday). A period whose day has ended is not caught up: the
   * next one says what is current.
   */
  public Optional<DigestPeriod> dueAt(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    if (frequency == DigestFrequency.WEEKLY && today.getDayOfWeek() != weekday) {
      return Optional.empty();
    }
    // a time the spring change skips (01:30 in London) is as late in summer time (02:30), as a
    // clock that was not changed would have it
    Instant sendAt = ZonedDateTime.of(today, time, zone).toInstant();
    return now.isBefore(sendAt) ? Optional.empty() : Optional.of(new DigestPeriod(today, sendAt));
  }
}
