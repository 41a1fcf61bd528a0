package dev.concierge.core.reminders.delivery;

/**
 * What one or more dispatch rounds did.
 *
 * @param claimed reminders taken
 * @param delivered sent (including to the outbox)
 * @param retrying failed transiently and will be tried again
 * @param failed failed for good
 */
public record DispatchReport(long claimed, long delivered, long retrying, long failed) {
  public static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0);

  public DispatchReport plus(DispatchReport other) {
    return new DispatchReport(
        claimed + other.claimed,
        delivered + other.delivered,
        retrying + other.retrying,
        failed + other.failed);
  }
}
