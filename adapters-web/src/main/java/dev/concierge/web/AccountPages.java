package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.AccountChanges;
import dev.concierge.core.accounts.NewAccount;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.web.view.AccountsView;
import dev.concierge.web.view.FormState;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Staff accounts, as /api/v1/accounts manages them (admins only): the list, a new account, a
 * changed role, deactivating and reactivating.
 */
final class AccountPages {
  private static final Set<String> FIELDS = Set.of("email", "display_name", "role", "password");
  private static final Map<String, String> DONE =
      Map.of(
          "created", "Account created.",
          "role", "Role changed.",
          "deactivated", "Account deactivated: it can no longer sign in.",
          "reactivated", "Account reactivated.");

  private final UseCases api;

  AccountPages(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/admin/accounts", Access.ADMIN, this::list),
        PortalRoute.get("/admin/accounts/new", Access.ADMIN, this::newForm),
        PortalRoute.post("/admin/accounts", Access.ADMIN, this::create),
        PortalRoute.post("/admin/accounts/{account_id}/role", Access.ADMIN, this::changeRole),
        PortalRoute.post("/admin/accounts/{account_id}/active", Access.ADMIN, this::setActive));
  }

  private void list(Visit visit) {
    show(visit, DONE.get(String.valueOf(visit.query("done"))), null, HttpStatus.OK);
  }

  private void show(Visit visit, String notice, String problem, HttpStatus status) {
    visit.page(
        "accounts.jte",
        "Accounts",
        "admin",
        new AccountsView(
            api.accounts().list(visit.caller(), new PageRequest(0, PageRequest.MAX_LIMIT)).items(),
            visit.caller().actorId(),
            api.organization().get(visit.caller()).defaultTimezone(),
            notice,
            problem),
        status);
  }

  private void newForm(Visit visit) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("role", ApiRole.CONCIERGE.wireName());
    form(visit, FormState.of(values, FIELDS), HttpStatus.OK);
  }

  private void form(Visit visit, FormState state, HttpStatus status) {
    visit.page("account_form.jte", "New account", "admin", state, status);
  }

  private void create(Visit visit) {
    FormState typed = typed(visit);
    try {
      FormInput input = new FormInput(visit);
      ApiRole role = role(input);
      input.errors().throwIfAny();
      api.accounts()
          .create(
              visit.caller(),
              new NewAccount(
                  input.text("email"),
                  input.text("display_name"),
                  role,
                  // a password is taken as typed: spaces at its ends are part of it
                  emptyIsNull(visit.form("password")),
                  null));
      visit.redirect("/admin/accounts?done=created");
    } catch (ValidationException e) {
      form(visit, typed.refused(e.errors()), HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      // the one conflict of a new account is its email address, taken already
      form(
          visit,
          typed.refused(List.of(new FieldError("email", e.getMessage()))),
          HttpStatus.CONFLICT);
    }
  }

  private void changeRole(Visit visit) {
    FormInput input = new FormInput(visit);
    ApiRole role = role(input);
    change(
        visit,
        new AccountChanges(
            FieldChange.unchanged(),
            FieldChange.to(role),
            FieldChange.unchanged(),
            FieldChange.unchanged()),
        input,
        "role");
  }

  private void setActive(Visit visit) {
    boolean active = "true".equals(visit.form("active"));
    change(
        visit,
        new AccountChanges(
            FieldChange.unchanged(),
            FieldChange.unchanged(),
            FieldChange.to(active),
            FieldChange.unchanged()),
        new FormInput(visit),
        active ? "reactivated" : "deactivated");
  }

  /** A change from the list: done, or refused with the API's words above the list. */
  private void change(Visit visit, AccountChanges changes, FormInput input, String done) {
    UUID accountId = visit.pathId("account_id");
    try {
      input.errors().throwIfAny();
      Account changed = api.accounts().update(visit.caller(), accountId, changes);
      visit.redirect("/admin/accounts?done=" + done + "#account-" + changed.accountId());
    } catch (ValidationException e) {
      show(visit, null, RequestCycle.sentence(e), HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      show(visit, null, e.getMessage(), HttpStatus.CONFLICT);
    }
  }

  private static ApiRole role(FormInput input) {
    return input.choice("role", ApiRole::fromWireName, ApiRole.values(), ApiRole::wireName);
  }

  private static FormState typed(Visit visit) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : List.of("email", "display_name", "role", "password")) {
      String value = visit.form(field);
      values.put(field, value == null ? "" : value);
    }
    return FormState.of(values, FIELDS);
  }

  private static String emptyIsNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
