package dev.concierge.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One digest of an account: the local day it is for, and the instant it was due.
 *
 * @param date the day in the digest's zone; a weekly digest's is its weekday's date
 */
public record DigestPeriod(LocalDate date, Instant sendAt) {
  public DigestPeriod {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sendAt, "sendAt");
  }
}
