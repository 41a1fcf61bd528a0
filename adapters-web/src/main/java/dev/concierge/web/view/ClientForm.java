package dev.concierge.web.view;

import java.util.List;
import java.util.UUID;

/**
 * The new-client or edit-client form.
 *
 * @param personId null for a new client
 * @param zones the IANA zones offered as suggestions
 */
public record ClientForm(UUID personId, FormState form, List<String> zones) {
  public String action() {
    return personId == null ? "/clients" : "/clients/" + personId;
  }
}
