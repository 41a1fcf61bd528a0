package dev.concierge.cli.audit;

/** An expectation on an answer that did not hold; its message is the check's verdict. */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Failure(String message) {
    super(message, null, false, false);
  }
}
