package dev.concierge.web.view;

import dev.concierge.core.catalogue.ResourceType;
import java.util.List;
import java.util.UUID;

/**
 * The new-entry or edit-entry form of the catalogue.
 *
 * @param resourceId null for a new entry
 * @param name the entry's saved name (null for a new entry), for the breadcrumb
 * @param keptAttributes names of the attributes the form cannot show (objects, lists), kept as are
 */
public record ResourceForm(
    ResourceType type, UUID resourceId, String name, FormState form, List<String> keptAttributes) {
  public ResourceForm {
    keptAttributes = List.copyOf(keptAttributes);
  }

  public boolean isNew() {
    return resourceId == null;
  }

  public String action() {
    return isNew() ? "/catalogue/" + type.wireName() : entryPage();
  }

  public String entryPage() {
    return ResourceView.href(type, String.valueOf(resourceId));
  }

  public String kindsPage() {
    return "/catalogue?kind=" + type.wireName();
  }

  public String kind() {
    return Show.words(type.wireName());
  }

  public String attributesHint() {
    String hint =
        "What only some kinds have, one a line as name: value (cuisine: French, capacity: 80).";
    return keptAttributes.isEmpty()
        ? hint
        : hint + " Kept as they are, not shown here: " + String.join(", ", keptAttributes) + ".";
  }
}
