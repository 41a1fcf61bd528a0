package dev.concierge.core.testing;

import dev.concierge.core.catalogue.NewResource;
import java.util.List;

/** Catalogue entries for tests that care about one of their fields beside the name. */
public final class Entries {
  private Entries() {}

  public static NewResource withWebsite(String name, String website) {
    return new NewResource(
        name, null, null, null, null, website, null, null, null, null, null, null, null, null);
  }

  public static NewResource withTags(String name, List<String> tags) {
    return new NewResource(
        name, null, null, null, null, null, null, null, null, null, tags, null, null, null);
  }
}
