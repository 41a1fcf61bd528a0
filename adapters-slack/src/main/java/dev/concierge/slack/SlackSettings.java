package dev.concierge.slack;

import dev.concierge.core.settings.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack credentials. The bot token ({@code xoxb-}) posts messages and reads users; the app-level
 * token ({@code xapp-}) opens the Socket Mode connection the front desk listens on; the signing
 * secret verifies what Slack posts over HTTP instead (Events API mode). The user token ({@code
 * xoxp-}) is accepted and not used.
 */
public record SlackSettings(
    String botToken, String userToken, String appToken, String signingSecret) {

  public static final SlackSettings NONE = new SlackSettings(null, null, null, null);

  /** SLACK_BOT_TOKEN, SLACK_USER_TOKEN, SLACK_APP_TOKEN and SLACK_SIGNING_SECRET. */
  public static SlackSettings from(Environment env) {
    return new SlackSettings(
        env.text("SLACK_BOT_TOKEN").orElse(null),
        env.text("SLACK_USER_TOKEN").orElse(null),
        env.text("SLACK_APP_TOKEN").orElse(null),
        env.text("SLACK_SIGNING_SECRET").orElse(null));
  }

  public SlackSettings {
    botToken = blankToNull(botToken);
    userToken = blankToNull(userToken);
    appToken = blankToNull(appToken);
    signingSecret = blankToNull(signingSecret);
  }

  /** True when the front desk can listen on Socket Mode: the bot and app tokens are set. */
  public boolean socketMode() {
    return botToken != null && appToken != null;
  }

  /** True when the front desk takes Slack's events over HTTP: the bot token and signing secret. */
  public boolean httpEvents() {
    return botToken != null && signingSecret != null;
  }

  /** Which of the two tokens Socket Mode needs are missing, for a message that says what to set. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (botToken == null) {
      missing.add("SLACK_BOT_TOKEN");
    }
    if (appToken == null) {
      missing.add("SLACK_APP_TOKEN");
    }
    return missing;
  }

  @Override
  public String toString() {
    return "SlackSettings[socketMode="
        + socketMode()
        + ", httpEvents="
        + httpEvents()
        + ", missing="
        + missing()
        + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
