package dev.concierge.core.frontdesk;

import java.util.Objects;
import java.util.UUID;

/**
 * What became of an inbound message.
 *
 * @param orgId the organization it went to; null for a duplicate
 * @param conversationId its conversation; null unless the sender is a known person
 * @param messageId the inbound message as stored; null unless the sender is a known person
 * @param replyId the reply as stored; null unless {@link Outcome#ANSWERED}
 */
public record InboxReceipt(
    Outcome outcome, UUID orgId, UUID conversationId, UUID messageId, UUID replyId) {

  /** How an inbound message was handled. */
  public enum Outcome {
    /** Stored, answered in its thread, and the answer stored. */
    ANSWERED,
    /** Stored, but the answer could not be posted (it is in the log; staff see the message). */
    NOT_ANSWERED,
    /** From someone no comm identity names: noted as an unknown contact and answered politely. */
    UNKNOWN_SENDER,
    /** Delivered before (the same event again, or the same message): nothing done. */
    DUPLICATE
  }

  public InboxReceipt {
    Objects.requireNonNull(outcome, "outcome");
  }

  static InboxReceipt duplicate() {
    return new InboxReceipt(Outcome.DUPLICATE, null, null, null, null);
  }
}
