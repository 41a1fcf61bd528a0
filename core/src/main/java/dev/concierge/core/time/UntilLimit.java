package dev.concierge.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** How an expansion applies UNTIL: to wall-clock times, or to instants in a zone. */
abstract class UntilLimit {

  static final UntilLimit NONE =
      new UntilLimit(Long.MAX_VALUE) {
        @Override
        boolean exceededBy(long localSecond) {
          return false;
        }
      };

  /** No period starting after this local second can produce an instance within the limit. */
  final long horizon;

  private UntilLimit(long horizon) {
    this.horizon = horizon;
  }

  abstract boolean exceededBy(long localSecond);

  static UntilLimit floating(Until until) {
    long last = until.floating().toEpochSecond(ZoneOffset.UTC);
    return new UntilLimit(last) {
      @Override
      boolean exceededBy(long localSecond) {
        return localSecond > last;
      }
    };
  }

  /**
   * In a zone, a UTC UNTIL is compared with each occurrence's instant, as python-dateutil does; a
   * DATE or floating UNTIL is compared with the wall-clock time.
   */
  static UntilLimit zoned(Until until, ZoneId zone) {
    if (!(until instanceof Until.AtInstant atInstant)) {
      return floating(until);
    }
    Instant last = atInstant.instant();
    // A day of slack covers any UTC offset change between the bound and the occurrence.
    long horizon = LocalDateTime.ofInstant(last, zone).plusDays(1).toEpochSecond(ZoneOffset.UTC);
    return new UntilLimit(horizon) {
      @Override
      boolean exceededBy(long localSecond) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        return ZonedDateTime.ofLocal(local, zone, null).toInstant().isAfter(last);
      }
    };
  }
}
