package dev.concierge.core.agents;

import dev.concierge.core.errors.UnavailableException;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import java.util.Locale;

/**
 * Reads "subject, blank line, body" out of the reminder agent's answer. Models sometimes add a
 * label, a heading mark or a code fence despite the instructions; those are tolerated, anything
 * without both a subject and a body is not (and the dispatcher sends the template instead).
 */
final class ReminderReply {
  private static final String FENCE = "```";
  private static final String LABEL = "subject:";

  private ReminderReply() {}

  /**
   * @throws UnavailableException when the reply lacks a subject or a body
   */
  static ComposedMessage parse(String reply, String composedBy) {
    String text = unfenced(reply == null ? "" : reply.strip());
    int end = text.indexOf('\n');
    if (end < 0) {
      throw new UnavailableException("the reminder agent's reply has no subject and body", null);
    }
    String subject = subject(text.substring(0, end));
    String body = text.substring(end + 1).strip();
    if (subject.isEmpty() || body.isEmpty()) {
      throw new UnavailableException("the reminder agent's reply lacks a subject or a body", null);
    }
    return new ComposedMessage(subject, body, composedBy);
  }

  private static String unfenced(String text) {
    if (!text.startsWith(FENCE) || !text.endsWith(FENCE) || text.length() < 2 * FENCE.length()) {
      return text;
    }
    String inner = text.substring(0, text.length() - FENCE.length());
    int firstLineEnd = inner.indexOf('\n');
    return firstLineEnd < 0 ? "" : inner.substring(firstLineEnd + 1).strip();
  }

  private static String subject(String line) {
    String subject = line.strip();
    while (subject.startsWith("#")) {
      subject = subject.substring(1).strip();
    }
    if (subject.toLowerCase(Locale.ROOT).startsWith(LABEL)) {
      subject = subject.substring(LABEL.length()).strip();
    }
    return unwrap(unwrap(subject, "**"), "*");
  }

  private static String unwrap(String text, String mark) {
    boolean wrapped =
        text.length() > 2 * mark.length() && text.startsWith(mark) && text.endsWith(mark);
    return wrapped ? text.substring(mark.length(), text.length() - mark.length()).strip() : text;
  }
}
