package dev.concierge.core.accounts;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.model.FieldChange;

/** A partial update of an account: unmentioned fields stay as they are. */
public record AccountChanges(
    FieldChange<String> displayName,
    FieldChange<ApiRole> role,
    FieldChange<Boolean> isActive,
    FieldChange<String> password) {

  public static AccountChanges password(String password) {
    return new AccountChanges(
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.to(password));
  }

  public static AccountChanges deactivate() {
    return new AccountChanges(
        FieldChange.unchanged(),
        FieldChange.unchanged(),
        FieldChange.to(false),
        FieldChange.unchanged());
  }

  @Override
  public String toString() {
    return "AccountChanges[displayName="
        + displayName
        + ", role="
        + role
        + ", isActive="
        + isActive
        + ", password="
        + (password.isPresent() ? "changed" : "unchanged")
        + "]";
  }
}
