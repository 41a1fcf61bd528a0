package dev.concierge.core.proactive;

/**
 * What one or more check-in runs did.
 *
 * @param organizationsRun organizations whose day this instance claimed and ran
 * @param candidates clients found to check in with
 * @param sent check-ins a provider (or the outbox) accepted
 * @param failed check-ins that could not be sent; those clients qualify again the next day
 */
public record CheckInReport(long organizationsRun, long candidates, long sent, long failed) {
  public static final CheckInReport NONE = new CheckInReport(0, 0, 0, 0);

  public CheckInReport plus(CheckInReport other) {
    return new CheckInReport(
        organizationsRun + other.organizationsRun,
        candidates + other.candidates,
        sent + other.sent,
        failed + other.failed);
  }
}
