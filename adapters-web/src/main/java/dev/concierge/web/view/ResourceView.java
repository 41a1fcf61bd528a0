package dev.concierge.web.view;

import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One catalogue entry on a page of its own. */
public record ResourceView(Resource resource) {

  public static String href(ResourceType type, String resourceId) {
    return "/catalogue/" + type.wireName() + "/" + resourceId;
  }

  public String kind() {
    return Show.sentence(resource.resourceType().wireName());
  }

  public String kindsPage() {
    return "/catalogue?kind=" + resource.resourceType().wireName();
  }

  /** "$$$" for a price level of 3 of 4, as guides write it; null when unknown. */
  public static String price(Integer level) {
    return level == null ? null : "$".repeat(level);
  }

  /** "4.5 / 5", or null when unrated. */
  public static String rating(BigDecimal rating) {
    return rating == null ? null : rating.stripTrailingZeros().toPlainString() + " / 5";
  }

  /**
   * A website as a link only when it is one a browser would open as a page: the API keeps what it
   * was given, and a {@code javascript:} address must never become a link.
   */
  public String websiteLink() {
    String website = resource.website();
    if (website == null) {
      return null;
    }
    String lower = website.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? website.strip() : null;
  }

  /** What only some kinds have (cuisine, capacity, brand), as words. */
  public List<Map.Entry<String, String>> attributes() {
    List<Map.Entry<String, String>> shown = new ArrayList<>();
    resource
        .attributes()
        .values()
        .forEach((key, value) -> shown.add(Map.entry(Show.sentence(key), String.valueOf(value))));
    return shown;
  }
}
