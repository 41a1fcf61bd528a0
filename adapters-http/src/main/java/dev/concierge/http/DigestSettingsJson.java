package dev.concierge.http;

import dev.concierge.core.digest.DigestSettings;
import dev.concierge.core.identities.ChannelType;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A staff account's digest settings as the API shows them. */
record DigestSettingsJson(
    boolean enabled,
    String frequency,
    String weekday,
    String time,
    String timezone,
    String channel,
    String emailAddress,
    String slackUserId,
    int daysAhead) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static DigestSettingsJson of(DigestSettings settings) {
    boolean slack = settings.channel() == ChannelType.SLACK;
    return new DigestSettingsJson(
        settings.enabled(),
        settings.frequency().wireName(),
        settings.weekday() == null ? null : settings.weekday().name().toLowerCase(Locale.ROOT),
        TIME.format(settings.time()),
        settings.zone().getId(),
        settings.channel().wireName(),
        slack ? null : settings.recipient(),
        slack ? settings.recipient() : null,
        settings.daysAhead());
  }
}
