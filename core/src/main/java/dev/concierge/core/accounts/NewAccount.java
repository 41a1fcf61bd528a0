package dev.concierge.core.accounts;

import dev.concierge.core.access.ApiRole;
import java.util.UUID;

/** What creating an account takes. The password is hashed at once and kept nowhere else. */
public record NewAccount(
    String email, String displayName, ApiRole role, String password, UUID personId) {
  @Override
  public String toString() {
    return "NewAccount[" + email + " " + role + "]";
  }
}
