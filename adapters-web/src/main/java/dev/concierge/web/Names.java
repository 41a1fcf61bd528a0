package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.errors.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The names a page shows beside ids (whose reminder, about which date), each read once per page
 * through the use cases, so a list of reminders costs one lookup per distinct person and date.
 */
final class Names {
  private final UseCases api;
  private final Caller caller;
  private final Map<UUID, String> persons = new HashMap<>();
  private final Map<UUID, String> dates = new HashMap<>();

  Names(UseCases api, Caller caller) {
    this.api = api;
    this.caller = caller;
  }

  String person(UUID personId) {
    if (personId == null) {
      return "";
    }
    return persons.computeIfAbsent(
        personId,
        id -> {
          try {
            return api.persons().get(caller, id).fullName();
          } catch (NotFoundException e) {
            return "(removed)";
          }
        });
  }

  /** The title of a reminder's date; empty for a reminder of its own. */
  String date(UUID dateItemId) {
    if (dateItemId == null) {
      return "";
    }
    return dates.computeIfAbsent(
        dateItemId,
        id -> {
          try {
            DateItemDetails details = api.dateItems().get(caller, id);
            return details.item().title();
          } catch (NotFoundException e) {
            return "(removed)";
          }
        });
  }
}
