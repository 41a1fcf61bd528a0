package dev.concierge.slack;

import dev.concierge.core.settings.Environment;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack credentials: the bot token ({@code xoxb-}) posts messages, the user token ({@code xoxp-})
 * acts as the concierge persona, the app-level token ({@code xapp-}) opens the Socket Mode
 * connection. Socket Mode needs all three; without them reminders go to the outbox instead.
 */
public record SlackSettings(String botToken, String userToken, String appToken) {

  public static final SlackSettings NONE = new SlackSettings(null, null, null);

  /** SLACK_BOT_TOKEN, SLACK_USER_TOKEN and SLACK_APP_TOKEN. */
  public static SlackSettings from(Environment env) {
    return new SlackSettings(
        env.text("SLACK_BOT_TOKEN").orElse(null),
        env.text("SLACK_USER_TOKEN").orElse(null),
        env.text("SLACK_APP_TOKEN").orElse(null));
  }

  public SlackSettings {
    botToken = blankToNull(botToken);
    userToken = blankToNull(userToken);
    appToken = blankToNull(appToken);
  }

  /** True when Socket Mode can start: all three tokens are present. */
  public boolean isConfigured() {
    return botToken != null && userToken != null && appToken != null;
  }

  /** Which of the three tokens are missing, for a startup message that says what to set. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (botToken == null) {
      missing.add("SLACK_BOT_TOKEN");
    }
    if (userToken == null) {
      missing.add("SLACK_USER_TOKEN");
    }
    if (appToken == null) {
      missing.add("SLACK_APP_TOKEN");
    }
    return missing;
  }

  @Override
  public String toString() {
    return "SlackSettings[configured=" + isConfigured() + ", missing=" + missing() + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
