package dev.concierge.cli.audit;

/** Something an answer must show besides its status (a field, a header, a count). */
@FunctionalInterface
interface Essential {
  /**
   * @throws Failure saying what is missing or wrong
   */
  void verify(Reply reply);
}
