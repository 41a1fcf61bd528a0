package dev.concierge.core.testing;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract tests of stores of clients' things share: each test gets the store, an
 * organization of its own and a client in it, whatever storage the subclass puts behind them.
 */
public abstract class StoreContract<S> {
  protected S store;
  protected UUID org;
  protected UUID client;

  /** A store over empty or shared storage; each test works in organizations of its own. */
  protected abstract S store();

  /** An organization the store may keep things of (a row, where the store needs one). */
  protected abstract UUID newOrganization();

  /** A client of the organization (a row, where the store needs one). */
  protected abstract UUID newPerson(UUID orgId);

  @BeforeEach
  void setUpStore() {
    store = store();
    org = newOrganization();
    client = newPerson(org);
  }
}
