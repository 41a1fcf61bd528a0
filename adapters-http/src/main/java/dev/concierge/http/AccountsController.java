package dev.concierge.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.accounts.AccountChanges;
import dev.concierge.core.accounts.Accounts;
import dev.concierge.core.accounts.NewAccount;
import io.javalin.http.Context;
import java.util.List;

/** /api/v1/accounts: the staff who sign in, managed by admins. */
final class AccountsController {
  private final Accounts accounts;
  private final ObjectMapper json;

  AccountsController(Accounts accounts, ObjectMapper json) {
    this.accounts = accounts;
    this.json = json;
  }

  /** Accounts name the staff and their roles: only admins see them. */
  List<Operation> operations() {
    return List.of(
        Operation.get("/api/v1/accounts", "listAccounts", Access.ADMIN, this::list),
        Operation.post("/api/v1/accounts", "createAccount", Access.ADMIN, this::create),
        Operation.get("/api/v1/accounts/{account_id}", "getAccount", Access.ADMIN, this::get),
        Operation.put("/api/v1/accounts/{account_id}", "updateAccount", Access.ADMIN, this::update),
        Operation.delete(
            "/api/v1/accounts/{account_id}", "deleteAccount", Access.ADMIN, this::delete));
  }

  private void list(Context ctx) {
    Responses.page(
        ctx, accounts.list(Authentication.caller(ctx), Params.page(ctx)).map(AccountJson::of));
  }

  private void get(Context ctx) {
    ctx.json(
        AccountJson.of(
            accounts.get(Authentication.caller(ctx), Params.pathUuid(ctx, "account_id"))));
  }

  private void create(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    NewAccount account =
        new NewAccount(
            body.string("email"),
            body.string("display_name"),
            role(body),
            body.string("password"),
            body.uuid("person_id"));
    body.validate();
    Account created = accounts.create(caller, account);
    Responses.created(ctx, "/api/v1/accounts/" + created.accountId(), AccountJson.of(created));
  }

  private void update(Context ctx) {
    Caller caller = Authentication.caller(ctx);
    var accountId = Params.pathUuid(ctx, "account_id");
    JsonBody body = JsonBody.read(ctx, json).requireOwnOrganization(caller);
    AccountChanges changes =
        new AccountChanges(
            body.change("display_name", body::string),
            body.change("role", f -> role(body)),
            body.change("is_active", body::bool),
            body.change("password", body::string));
    body.validate();
    ctx.json(AccountJson.of(accounts.update(caller, accountId, changes)));
  }

  private void delete(Context ctx) {
    accounts.delete(Authentication.caller(ctx), Params.pathUuid(ctx, "account_id"));
    Responses.deleted(ctx);
  }

  private static ApiRole role(JsonBody body) {
    return body.enumeration("role", ApiRole::fromWireName, ApiRole.values(), ApiRole::wireName);
  }
}
