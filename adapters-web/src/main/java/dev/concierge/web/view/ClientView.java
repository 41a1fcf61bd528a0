package dev.concierge.web.view;

import dev.concierge.core.dashboard.Dashboard;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.preferences.Preference;
import java.util.List;
import java.util.UUID;

/**
 * A client's profile: the dashboard's widgets and counts, family, preferences and every date with
 * its reminders' send times.
 */
public record ClientView(
    Dashboard dashboard,
    List<Family> family,
    List<Preference> preferences,
    List<DateItemDetails> dates,
    long datesTotal) {

  /** A relative, said from this client's side: "Margaret Chen — mother". */
  public record Family(UUID personId, String name, String relation) {}
}
