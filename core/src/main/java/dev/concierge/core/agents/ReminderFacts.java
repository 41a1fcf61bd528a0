package dev.concierge.core.agents;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.ReminderContext;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * What the reminder agent is asked when a reminder is due: the facts of the reminder, one a line,
 * as the user's message. The agent's rules (how to word it, per channel, and the answer's shape)
 * are its system prompt, the same for every reminder, so that it is cached across a dispatch.
 */
final class ReminderFacts {
  private ReminderFacts() {}

  static String of(ReminderContext context) {
    StringBuilder facts = new StringBuilder("Write the reminder from these facts.\n");
    line(facts, "Channel", channel(context.channel()));
    line(facts, "Client", context.personName());
    line(facts, "Client's time zone", context.zone().getId());
    line(facts, "Occasion", context.dateTitle());
    line(facts, "Category", context.categoryName());
    line(facts, "The occasion is about", context.relatedPersonName());
    if (context.occurrenceDate() != null) {
      String weekday =
          context.occurrenceDate().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      line(facts, "Date", context.occurrenceDate() + " (" + weekday + ")");
    }
    if (context.daysUntil() != null) {
      line(facts, "Days left", daysLeft(context.daysUntil()));
    }
    line(facts, "Notes", context.notes());
    return facts.toString();
  }

  /** The channel as the prompt's rules name it. */
  private static String channel(ChannelType channel) {
    return switch (channel) {
      case SLACK -> "Slack";
      case EMAIL -> "email";
      case SMS -> "text message";
      default -> channel.wireName();
    };
  }

  // Spelled out so the model does not have to count, and cannot miscount, relative days.
  private static String daysLeft(int days) {
    return switch (days) {
      case 0 -> "0 (it is today)";
      case 1 -> "1 (it is tomorrow)";
      default -> Integer.toString(days);
    };
  }

  private static void line(StringBuilder facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.append(label).append(": ").append(value.strip()).append('\n');
    }
  }
}
