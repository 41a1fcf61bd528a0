package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.ReminderStatus;
import dev.concierge.web.view.ReminderView;
import dev.concierge.web.view.RemindersView;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The reminders queue (due, failed, sent), one reminder's delivery history, and retrying it. */
final class ReminderPages {
  static final int PAGE_SIZE = 25;

  private final UseCases api;
  private final Clock clock;

  ReminderPages(UseCases api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/reminders", Access.READ, this::queue),
        PortalRoute.get("/reminders/{reminder_rule_id}", Access.READ, this::show),
        PortalRoute.post("/reminders/{reminder_rule_id}/retry", Access.WRITE, this::retry));
  }

  private void queue(Visit visit) {
    ReminderStatus status =
        ReminderStatus.fromWireName(String.valueOf(visit.query("status")))
            .orElse(ReminderStatus.PENDING);
    int page = visit.pageNumber();
    Caller caller = visit.caller();
    Names names = new Names(api, caller);
    PageRequest request = new PageRequest((page - 1) * PAGE_SIZE, PAGE_SIZE);
    Page<ReminderRule> found = api.reminders().inStatus(caller, status, request);
    visit.page(
        "reminders.jte",
        "Reminders",
        "reminders",
        new RemindersView(
            status.wireName(),
            found.items().stream().map(r -> HomePage.line(r, names, clock.instant())).toList(),
            found.total(),
            found.countReachedBound(request),
            page,
            PAGE_SIZE));
  }

  private void show(Visit visit) {
    Caller caller = visit.caller();
    ReminderRule rule = api.reminders().get(caller, visit.pathId("reminder_rule_id"));
    visit.page(
        "reminder.jte",
        "Reminder",
        "reminders",
        new ReminderView(
            HomePage.line(rule, new Names(api, caller), clock.instant()),
            api.reminders().history(caller, rule.reminderRuleId(), new PageRequest(0, 100)).items(),
            visit.query("retried") != null));
  }

  private void retry(Visit visit) {
    UUID id = visit.pathId("reminder_rule_id");
    api.reminders().retry(visit.caller(), id);
    visit.redirect("/reminders/" + id + "?retried");
  }
}
