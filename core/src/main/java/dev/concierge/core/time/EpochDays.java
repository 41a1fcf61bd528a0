package dev.concierge.core.time;

/**
 * Proleptic Gregorian arithmetic on epoch days (days since 1970-01-01) and local epoch seconds,
 * without allocating: the expansion loops call these for every candidate day.
 */
final class EpochDays {

  static final int SECONDS_PER_DAY = 86_400;

  /** 400 Gregorian years: every calendar pattern (weekdays, leap days, week numbers) repeats. */
  static final long DAYS_PER_CYCLE = 146_097;

  private EpochDays() {}

  /** Epoch day of a valid date (Howard Hinnant's days_from_civil). */
  static long of(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * DAYS_PER_CYCLE + dayOfEra - 719_468;
  }

  /**
   * The date of an epoch day packed as {@code (year << 9) | (month << 5) | day} (Howard Hinnant's
   * civil_from_days), so the loops get all three fields without allocating a LocalDate.
   */
  static long civil(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, DAYS_PER_CYCLE);
    long dayOfEra = z - era * DAYS_PER_CYCLE;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March
    long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return (year << 9) | (month << 5) | day;
  }

  static long yearOf(long civil) {
    return civil >> 9;
  }

  static int monthOf(long civil) {
    return (int) (civil >> 5) & 15;
  }

  static int dayOf(long civil) {
    return (int) civil & 31;
  }

  /** 0 for Monday through 6 for Sunday. */
  static int dayOfWeek(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static int lengthOfYear(long year) {
    return isLeap(year) ? 366 : 365;
  }

  static int lengthOfMonth(long year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static final int[] MONTH_STARTS = {
    0, 1, 32, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335
  };

  /** Day of the year (1-based) of the first day of {@code month}. */
  static int firstDayOfYear(long year, int month) {
    return MONTH_STARTS[month] + (month > 2 && isLeap(year) ? 1 : 0);
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return Math.abs(a);
  }

  /** Least common multiple, or {@link Long#MAX_VALUE} when it does not fit. */
  static long lcm(long a, long b) {
    long g = gcd(a, b);
    long q = a / g;
    return q > Long.MAX_VALUE / b ? Long.MAX_VALUE : q * b;
  }
}
