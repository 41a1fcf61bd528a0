package dev.concierge.core.agents;

/**
 * What the person reads when a run did not end with the model's own answer. Polite, short, and
 * never technical: the detail is in the run's log for staff.
 */
final class RunReplies {
  private RunReplies() {}

  static String of(RunStatus status) {
    return switch (status) {
      case SUCCEEDED -> throw new IllegalArgumentException("a successful run has its own reply");
      case LIMIT_REACHED ->
          "I'm sorry, I couldn't finish this within what I'm allowed to do for one request. "
              + "I've stopped here, and the concierge team can see what I did. You could also ask "
              + "again one thing at a time.";
      case REFUSED -> "I'm sorry, I can't help with that request.";
      case TRUNCATED ->
          "I'm sorry, my answer ran too long and was cut off before I could finish. "
              + "Could you ask again, perhaps one thing at a time?";
      case EMPTY_REPLY ->
          "I'm sorry, I don't have an answer for that. Could you tell me a little more about "
              + "what you need?";
      case FAILED ->
          "I'm sorry, I can't answer right now. Your message is saved; please try again in a "
              + "moment.";
    };
  }
}
