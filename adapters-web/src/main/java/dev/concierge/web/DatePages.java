package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.Caller;
import dev.concierge.core.categories.DateCategory;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.dates.DateItemChanges;
import dev.concierge.core.dates.DateItemDetails;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.ReminderSchedule;
import dev.concierge.core.reminders.ReminderTime;
import dev.concierge.core.reminders.ReminderTrigger;
import dev.concierge.core.reminders.ReminderType;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.RecurringDate;
import dev.concierge.core.time.Today;
import dev.concierge.web.view.DateForm;
import dev.concierge.web.view.FormState;
import dev.concierge.web.view.Preview;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adding and changing a client's dates: the recurrence picker (none, yearly, monthly on the Nth
 * weekday, or any RFC 5545 rule) with a live preview of the next occurrences in the client's zone,
 * and lead-time reminders whose real send times show once saved.
 */
final class DatePages {
  static final int LEAD_TIME_INPUTS = 3;
  static final int PREVIEWED = 5;
  private static final Pattern MONTHLY_NTH =
      Pattern.compile("FREQ=MONTHLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)");
  private static final Set<String> FIELDS =
      Set.of(
          "title",
          "category_id",
          "date_value",
          "recurrence",
          "nth",
          "weekday",
          "recurrence_rule",
          "notes",
          "lead_days_1",
          "lead_days_2",
          "lead_days_3");

  private final UseCases api;
  private final Clock clock;

  DatePages(UseCases api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/clients/{person_id}/dates/new", Access.WRITE, this::newForm),
        PortalRoute.post("/clients/{person_id}/dates", Access.WRITE, this::create),
        PortalRoute.get("/dates/preview", Access.READ, this::preview),
        PortalRoute.get("/dates/{date_item_id}/edit", Access.READ, this::editForm),
        PortalRoute.post("/dates/{date_item_id}", Access.WRITE, this::update),
        PortalRoute.post("/dates/{date_item_id}/reminders", Access.WRITE, this::addReminder));
  }

  private void newForm(Visit visit) {
    Person person = api.persons().get(visit.caller(), visit.pathId("person_id"));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("recurrence", "yearly");
    values.put("nth", "1");
    values.put("weekday", "MO");
    values.put("lead_days_1", "14");
    show(visit, person, null, FormState.of(values, FIELDS), HttpStatus.OK);
  }

  private void editForm(Visit visit) {
    DateItemDetails details = api.dateItems().get(visit.caller(), visit.pathId("date_item_id"));
    Person person = api.persons().get(visit.caller(), details.item().personId());
    show(visit, person, details, FormState.of(values(details.item()), FIELDS), HttpStatus.OK);
  }

  private void create(Visit visit) {
    Caller caller = visit.caller();
    Person person = api.persons().get(caller, visit.pathId("person_id"));
    FormState typed = typed(visit);
    List<String> leadFields = new ArrayList<>();
    try {
      FormInput input = new FormInput(visit);
      Described described = describe(input);
      List<NewReminder> reminders = new ArrayList<>();
      for (int i = 1; i <= LEAD_TIME_INPUTS; i++) {
        String field = "lead_days_" + i;
        Integer days = input.integer(field);
        if (days != null) {
          reminders.add(NewReminder.daysBefore(days));
          leadFields.add(field);
        }
      }
      input.errors().throwIfAny();
      DateItemDetails created =
          api.dateItems()
              .create(
                  caller,
                  new NewDateItem(
                      person.personId(),
                      described.categoryId(),
                      null,
                      described.title(),
                      described.dateValue(),
                      described.rule(),
                      LeapDayPolicy.FEB_28,
                      described.notes(),
                      Metadata.EMPTY,
                      reminders));
      visit.redirect("/dates/" + created.item().dateItemId() + "/edit?saved");
    } catch (ValidationException e) {
      show(
          visit,
          person,
          null,
          typed.refused(named(e.errors(), leadFields)),
          HttpStatus.BAD_REQUEST);
    }
  }

  private void update(Visit visit) {
    Caller caller = visit.caller();
    DateItemDetails details = api.dateItems().get(caller, visit.pathId("date_item_id"));
    Person person = api.persons().get(caller, details.item().personId());
    FormState typed = typed(visit);
    try {
      FormInput input = new FormInput(visit);
      Described described = describe(input);
      input
          .errors()
          .required("title", described.title())
          .required("date_value", described.dateValue());
      input.errors().throwIfAny();
      api.dateItems()
          .update(
              caller,
              details.item().dateItemId(),
              new DateItemChanges(
                  FieldChange.to(described.categoryId()),
                  FieldChange.unchanged(),
                  FieldChange.to(described.title()),
                  FieldChange.to(described.dateValue()),
                  FieldChange.to(described.rule()),
                  FieldChange.unchanged(),
                  FieldChange.to(described.notes()),
                  FieldChange.unchanged()));
      visit.redirect("/dates/" + details.item().dateItemId() + "/edit?saved");
    } catch (ValidationException e) {
      show(visit, person, details, typed.refused(e.errors()), HttpStatus.BAD_REQUEST);
    }
  }

  private void addReminder(Visit visit) {
    UUID dateItemId = visit.pathId("date_item_id");
    FormInput input = new FormInput(visit);
    Integer days = input.integer("lead_time_days");
    input.errors().required("lead_time_days", days).throwIfAny();
    api.reminders()
        .create(
            visit.caller(),
            new NewReminder(
                null, dateItemId, ReminderType.LEAD_TIME, days, null, null, null, Metadata.EMPTY));
    visit.redirect("/dates/" + dateItemId + "/edit?saved");
  }

  /** The next occurrences the form describes, for htmx to swap in as the person types. */
  private void preview(Visit visit) {
    Caller caller = visit.caller();
    Person person = api.persons().get(caller, Visit.id(visit.query("person_id")));
    FormInput input = new FormInput(visit, true);
    try {
      Described described = describe(input);
      input.errors().throwIfAny();
      if (described.dateValue() == null) {
        visit.fragment(
            "date_preview.jte",
            new Preview(
                person.timezone(), List.of(), List.of(), "Choose a date to see when it falls."));
        return;
      }
      LocalDate today = Today.in(person.timezone(), clock);
      List<LocalDate> next =
          RecurringDate.of(described.dateValue(), described.rule(), LeapDayPolicy.FEB_28)
              .occurrences()
              .dropWhile(d -> d.isBefore(today))
              .limit(PREVIEWED)
              .toList();
      List<Preview.Send> sends = new ArrayList<>();
      if (!next.isEmpty()) {
        LocalTime sendTime = api.organization().get(caller).reminderSendTime();
        ReminderSchedule schedule = new ReminderSchedule(clock);
        for (int i = 1; i <= LEAD_TIME_INPUTS; i++) {
          Integer days = input.integer("lead_days_" + i);
          if (days != null && days >= 0) {
            ReminderTime time =
                schedule.fireTime(
                    new ReminderTrigger.LeadTime(days, sendTime), next.get(0), person.timezone());
            sends.add(
                new Preview.Send(days, time.fireAt().toInstant(), person.timezone(), time.late()));
          }
        }
      }
      visit.fragment("date_preview.jte", new Preview(person.timezone(), next, sends, null));
    } catch (ValidationException e) {
      FieldError first = e.errors().get(0);
      visit.fragment(
          "date_preview.jte",
          new Preview(
              person.timezone(), List.of(), List.of(), first.field() + " " + first.message()));
    }
  }

  private record Described(
      String title, UUID categoryId, LocalDate dateValue, String rule, String notes) {}

  /** The date the form describes, its rule made from the picker's choice. */
  private static Described describe(FormInput input) {
    String kind = input.text("recurrence");
    String rule =
        switch (kind == null ? "none" : kind) {
          case "yearly" -> "FREQ=YEARLY";
          case "monthly_nth" -> "FREQ=MONTHLY;BYDAY=" + input.text("nth") + input.text("weekday");
          case "custom" -> input.text("recurrence_rule");
          default -> null;
        };
    String category = input.text("category_id");
    UUID categoryId = null;
    if (category != null) {
      try {
        categoryId = UUID.fromString(category);
      } catch (IllegalArgumentException e) {
        input.errors().add("category_id", "must be a UUID");
      }
    }
    return new Described(
        input.text("title"), categoryId, input.date("date_value"), rule, input.text("notes"));
  }

  /** A date item as the form shows it: its rule back in the picker's terms. */
  private static Map<String, String> values(DateItem item) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", item.title());
    values.put("category_id", item.categoryId() == null ? "" : item.categoryId().toString());
    values.put("date_value", item.dateValue().toString());
    values.put("notes", item.notes() == null ? "" : item.notes());
    values.put("nth", "1");
    values.put("weekday", "MO");
    String rule = item.recurrenceRule();
    Matcher monthly = rule == null ? null : MONTHLY_NTH.matcher(rule);
    if (rule == null) {
      values.put("recurrence", "none");
    } else if (rule.equals("FREQ=YEARLY")) {
      values.put("recurrence", "yearly");
    } else if (monthly.matches()) {
      values.put("recurrence", "monthly_nth");
      values.put("nth", monthly.group(1));
      values.put("weekday", monthly.group(2));
    } else {
      values.put("recurrence", "custom");
      values.put("recurrence_rule", rule);
    }
    return values;
  }

  /**
   * The use case names a reminder's errors by its place among those sent; the form by the input it
   * was typed in.
   */
  private static List<FieldError> named(List<FieldError> errors, List<String> leadFields) {
    List<FieldError> named = new ArrayList<>();
    Pattern reminder = Pattern.compile("reminder_rules\\[(\\d+)\\].*");
    for (FieldError e : errors) {
      Matcher m = reminder.matcher(e.field());
      int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      named.add(
          index >= 0 && index < leadFields.size()
              ? new FieldError(leadFields.get(index), e.message())
              : e);
    }
    return named;
  }

  private static FormState typed(Visit visit) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = visit.form(field);
      values.put(field, value == null ? "" : value);
    }
    return FormState.of(values, FIELDS);
  }

  private void show(
      Visit visit, Person person, DateItemDetails details, FormState form, HttpStatus status) {
    List<DateCategory> categories =
        api.dateCategories().list(visit.caller(), new PageRequest(0, 100)).items();
    String title = details == null ? "New date for " + person.fullName() : details.item().title();
    visit.page(
        "date_form.jte", title, "clients", new DateForm(person, details, form, categories), status);
  }
}
