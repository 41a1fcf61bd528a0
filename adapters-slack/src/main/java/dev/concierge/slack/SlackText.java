package dev.concierge.slack;

/** Derives Slack message text from the plain text a reminder carries. */
final class SlackText {

  private SlackText() {}

  /**
   * Escapes the three characters Slack reads as markup ({@code <@U1>} mentions, {@code <url|label>}
   * links, entities), so "A & B <3" shows as written instead of as a broken link or mention. Mrkdwn
   * emphasis such as {@code *bold*} is left alone on purpose: it is how a composed reminder can
   * stress a date.
   */
  static String escape(String plain) {
    return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
