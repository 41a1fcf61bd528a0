package dev.concierge.core.ports;

import dev.concierge.core.accounts.Account;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.List;
import java.util.UUID;

public interface ListAccountsPort {
  /** Live accounts of the organization, by display name. */
  Page<Account> listAccounts(UUID orgId, PageRequest page);

  /** Every live account of every organization, for operators. */
  List<Account> listAllAccounts();
}
