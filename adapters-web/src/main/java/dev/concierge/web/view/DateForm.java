package dev.concierge.web.view;

import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.persons.Person;
import java.util.List;

/**
 * The add-date or edit-date page.
 *
 * @param date the date being edited with its reminders, or null for a new one
 */
public record DateForm(
    Person person, DateItemDetails date, FormState form, List<DateCategory> categories) {

  public String action() {
    return date == null
        ? "/clients/" + person.personId() + "/dates"
        : "/dates/" + date.item().dateItemId();
  }

  public boolean isNew() {
    return date == null;
  }
}
