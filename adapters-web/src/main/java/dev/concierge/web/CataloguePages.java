package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.web.view.CatalogueView;
import dev.concierge.web.view.ResourceView;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of vetted vendors, venues, restaurants and products (every role reads it, as
 * listVendors and getVendor and their kin allow): one kind at a time, narrowed by name, city or tag
 * as the API narrows it, and each entry on a page of its own with everything the desk knows.
 */
final class CataloguePages {
  static final int PAGE_SIZE = 25;

  private final UseCases api;

  CataloguePages(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/catalogue", Access.READ, this::list),
        PortalRoute.get("/catalogue/{kind}/{resource_id}", Access.READ, this::show));
  }

  private void list(Visit visit) {
    // an unknown kind in a link shows the first kind rather than an error: the tabs say which
    ResourceType type = kind(visit.query("kind")).orElse(ResourceType.VENDOR);
    String name = trimmed(visit.query("q"));
    String city = trimmed(visit.query("city"));
    String tag = trimmed(visit.query("tag"));
    int page = visit.pageNumber();
    Page<Resource> found =
        api.catalogue()
            .list(
                visit.caller(),
                type,
                new ResourceQuery(
                    city.isEmpty() ? null : city,
                    tag.isEmpty() ? null : tag,
                    name.isEmpty() ? null : name),
                new PageRequest((page - 1) * PAGE_SIZE, PAGE_SIZE));
    visit.page(
        "catalogue.jte",
        CatalogueView.plural(type),
        "catalogue",
        new CatalogueView(type, found.items(), found.total(), name, city, tag, page, PAGE_SIZE));
  }

  private void show(Visit visit) {
    ResourceType type =
        kind(visit.ctx().pathParam("kind")).orElseThrow(() -> new NotFoundException("page", null));
    Resource resource = api.catalogue().get(visit.caller(), type, visit.pathId("resource_id"));
    visit.page("resource.jte", resource.name(), "catalogue", new ResourceView(resource));
  }

  private static Optional<ResourceType> kind(String wireName) {
    return wireName == null ? Optional.empty() : ResourceType.fromWireName(wireName);
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
