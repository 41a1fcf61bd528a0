package dev.concierge.web.view;

import java.util.List;

/**
 * One page of the reminders queue in one status.
 *
 * @param more whether the total was counted only up to its bound: there may be more
 */
public record RemindersView(
    String status, List<ReminderLine> reminders, long total, boolean more, int page, int pageSize)
    implements Paged {

  @Override
  public String pageLink(int number) {
    return "/reminders?status=" + status + "&page=" + number;
  }
}
