package dev.concierge.core.digest;

/**
 * What one or more passes over the digests did.
 *
 * @param claimed digests this instance claimed (their time had come and nobody had them)
 * @param sent digests a provider (or the outbox) accepted
 * @param empty digests not sent because they had nothing to say
 * @param failed digests given up on (refused, or still failing after the last attempt)
 * @param retrying digests left to be tried again on a later pass
 */
public record DigestReport(long claimed, long sent, long empty, long failed, long retrying) {
  public static final DigestReport NONE = new DigestReport(0, 0, 0, 0, 0);

  DigestReport plus(DigestReport other) {
    return new DigestReport(
        claimed + other.claimed,
        sent + other.sent,
        empty + other.empty,
        failed + other.failed,
        retrying + other.retrying);
  }
}
