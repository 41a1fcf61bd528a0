package dev.concierge.ical;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Outlook names zones as Windows does ("W. Europe Standard Time"), which neither the JDK nor ical4j
 * maps to IANA names. These are the common ones, as CLDR's windowsZones maps them for territory
 * "001"; an event in any other Windows zone keeps its wall-clock time in the person's zone.
 */
final class WindowsZones {
  private static final Map<String, String> IANA =
      Map.ofEntries(
          Map.entry("Dateline Standard Time", "Etc/GMT+12"),
          Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
          Map.entry("Alaskan Standard Time", "America/Anchorage"),
          Map.entry("Pacific Standard Time", "America/Los_Angeles"),
          Map.entry("Mountain Standard Time", "America/Denver"),
          Map.entry("US Mountain Standard Time", "America/Phoenix"),
          Map.entry("Central Standard Time", "America/Chicago"),
          Map.entry("Eastern Standard Time", "America/New_York"),
          Map.entry("Atlantic Standard Time", "America/Halifax"),
          Map.entry("Newfoundland Standard Time", "America/St_Johns"),
          Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
          Map.entry("UTC", "Etc/UTC"),
          Map.entry("GMT Standard Time", "Europe/London"),
          Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
          Map.entry("W. Europe Standard Time", "Europe/Berlin"),
          Map.entry("Romance Standard Time", "Europe/Paris"),
          Map.entry("Central Europe Standard Time", "Europe/Budapest"),
          Map.entry("Central European Standard Time", "Europe/Warsaw"),
          Map.entry("GTB Standard Time", "Europe/Bucharest"),
          Map.entry("FLE Standard Time", "Europe/Kiev"),
          Map.entry("Israel Standard Time", "Asia/Jerusalem"),
          Map.entry("Russian Standard Time", "Europe/Moscow"),
          Map.entry("Arabian Standard Time", "Asia/Dubai"),
          Map.entry("India Standard Time", "Asia/Calcutta"),
          Map.entry("China Standard Time", "Asia/Shanghai"),
          Map.entry("Singapore Standard Time", "Asia/Singapore"),
          Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
          Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
          Map.entry("New Zealand Standard Time", "Pacific/Auckland"));

  private WindowsZones() {}

  static Optional<ZoneId> iana(String windowsName) {
    return Optional.ofNullable(IANA.get(windowsName)).map(ZoneId::of);
  }
}
