package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.digest.DigestFrequency;
import dev.concierge.core.digest.DigestSettings;
import dev.concierge.core.digest.DigestSettingsInput;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.web.view.DigestPreviewView;
import dev.concierge.web.view.DigestView;
import dev.concierge.web.view.FormState;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in staff member's own digest, as /api/v1/accounts/me/digest reads, sets and previews
 * it: every role has one (its own), so the page and its form are READ, as getMyDigest and
 * updateMyDigest are. The form calls the API's use case, so its rules and field names are the
 * API's, and the save is audited as the API's is.
 */
final class DigestPage {
  private static final List<String> FIELDS =
      List.of(
          "enabled",
          "frequency",
          "weekday",
          "time",
          "timezone",
          "channel",
          "email_address",
          "slack_user_id",
          "days_ahead");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final UseCases api;

  DigestPage(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/digest", Access.READ, this::show),
        PortalRoute.post("/digest", Access.READ, this::update),
        PortalRoute.get("/digest/preview", Access.READ, this::preview));
  }

  /**
   * The settings alone: the preview, which reads the staff member's clients' coming days, is a
   * fragment of its own that htmx loads once the form is shown (a link to it without JavaScript).
   */
  private void show(Visit visit) {
    DigestSettings settings = api.digests().settings(visit.caller());
    String email = ownEmail(visit);
    page(
        visit,
        FormState.of(values(settings), Set.copyOf(FIELDS)),
        email,
        visit.query("saved") == null ? null : DigestView.schedule(settings, email),
        HttpStatus.OK);
  }

  private void page(
      Visit visit, FormState form, String ownEmail, String savedSchedule, HttpStatus status) {
    visit.page(
        "digest.jte",
        "My digest",
        "digest",
        new DigestView(form, ownEmail, savedSchedule, FormInput.ZONES),
        status);
  }

  /** What the next digest would say now, as GET /api/v1/accounts/me/digest/preview composes it. */
  private void preview(Visit visit) {
    DigestPreviewView view = new DigestPreviewView(api.digests().preview(visit.caller()));
    if (visit.ctx().header("HX-Request") != null) {
      visit.fragment("digest_preview.jte", view);
    } else {
      visit.page("digest_preview_page.jte", "My next digest", "digest", view);
    }
  }

  /** The signed-in account's address, as the request's check of the session has just read it. */
  private String ownEmail(Visit visit) {
    return api.accounts()
        .signedIn(visit.caller().orgId(), visit.caller().actorId())
        .map(Account::email)
        .orElseThrow(() -> new NotFoundException("account", visit.caller().actorId()));
  }

  private static Map<String, String> values(DigestSettings settings) {
    boolean slack = settings.channel() == ChannelType.SLACK;
    Map<String, String> values = new LinkedHashMap<>();
    values.put("enabled", settings.enabled() ? "true" : "");
    values.put("frequency", settings.frequency().wireName());
    // a daily digest's form still offers a weekday, for when it becomes weekly
    values.put(
        "weekday",
        settings.weekday() == null ? "monday" : settings.weekday().name().toLowerCase(Locale.ROOT));
    values.put("time", TIME.format(settings.time()));
    values.put("timezone", settings.zone().getId());
    values.put("channel", settings.channel().wireName());
    values.put("email_address", slack || settings.recipient() == null ? "" : settings.recipient());
    values.put("slack_user_id", slack ? settings.recipient() : "");
    values.put("days_ahead", String.valueOf(settings.daysAhead()));
    return values;
  }

  /**
   * The form always sends the weekday and both addresses; only those of the chosen frequency and
   * channel are the settings' (the others stay as typed, hidden, for when the choice changes back).
   */
  private void update(Visit visit) {
    FormState typed = visit.typed(Set.copyOf(FIELDS));
    FormInput form = new FormInput(visit);
    String frequency = form.text("frequency");
    String channel = form.text("channel");
    boolean weekly = DigestFrequency.WEEKLY.wireName().equals(frequency);
    boolean slack = ChannelType.SLACK.wireName().equals(channel);
    Integer daysAhead = form.integer("days_ahead");
    DigestSettingsInput input =
        new DigestSettingsInput(
            "true".equals(visit.form("enabled")),
            frequency,
            weekly ? form.text("weekday") : null,
            form.text("time"),
            form.text("timezone"),
            channel,
            slack ? null : form.text("email_address"),
            slack ? form.text("slack_user_id") : null,
            daysAhead);
    try {
      if (!form.errors().isEmpty()) {
        throw everyError(form, input);
      }
      api.digests().update(visit.caller(), input);
      visit.redirect("/digest?saved");
    } catch (ValidationException e) {
      page(visit, typed.refused(e.errors()), ownEmail(visit), null, HttpStatus.BAD_REQUEST);
    }
  }

  /**
   * A field the form could not read (days ahead that is not a number) with whatever the use case's
   * rules say of the others, checked without saving, so one refusal names every field.
   */
  private static ValidationException everyError(FormInput form, DigestSettingsInput input) {
    List<FieldError> errors = new ArrayList<>();
    try {
      form.errors().throwIfAny();
    } catch (ValidationException unread) {
      errors.addAll(unread.errors());
    }
    try {
      input.validated(ZoneOffset.UTC);
    } catch (ValidationException refused) {
      errors.addAll(refused.errors());
    }
    return new ValidationException(errors);
  }
}
