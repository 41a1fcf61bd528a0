package dev.concierge.web.view;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.accounts.Account;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The organization's staff accounts, with what the last change did or why it was refused.
 *
 * @param self the signed-in account, marked in the list
 * @param zone the organization's, in which last sign-ins are shown
 * @param notice what was just done; null when nothing was
 * @param problem why the last change was refused, in the API's words; null when it was not
 */
public record AccountsView(
    List<Account> accounts, UUID self, ZoneId zone, String notice, String problem) {
  public AccountsView {
    accounts = List.copyOf(accounts);
  }

  public static List<String> roles() {
    return Arrays.stream(ApiRole.values()).map(ApiRole::wireName).toList();
  }
}
