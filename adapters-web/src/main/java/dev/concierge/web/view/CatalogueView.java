package dev.concierge.web.view;

import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One page of one kind of the catalogue, with the filters that found it. */
public record CatalogueView(
    ResourceType type,
    List<Resource> resources,
    long total,
    String name,
    String city,
    String tag,
    int page,
    int pageSize)
    implements Paged {
  public CatalogueView {
    resources = List.copyOf(resources);
  }

  public static List<ResourceType> kinds() {
    return Arrays.asList(ResourceType.values());
  }

  public static String plural(ResourceType type) {
    return switch (type) {
      case VENDOR -> "Vendors";
      case VENUE -> "Venues";
      case RESTAURANT -> "Restaurants";
      case PRODUCT -> "Products";
    };
  }

  public boolean filtered() {
    return !name.isEmpty() || !city.isEmpty() || !tag.isEmpty();
  }

  @Override
  public String pageLink(int number) {
    return "/catalogue?kind="
        + type.wireName()
        + "&q="
        + encode(name)
        + "&city="
        + encode(city)
        + "&tag="
        + encode(tag)
        + "&page="
        + number;
  }

  public static String href(Resource resource) {
    return ResourceView.href(resource.resourceType(), resource.resourceId().toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
