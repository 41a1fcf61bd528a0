package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.catalogue.NewRecommendation;
import dev.concierge.core.catalogue.RecommendationStatus;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.projects.Project;
import dev.concierge.web.view.CatalogueView;
import dev.concierge.web.view.FormState;
import dev.concierge.web.view.ResourceView;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The catalogue of vetted vendors, venues, restaurants and products (every role reads it, as
 * listVendors and getVendor and their kin allow): one kind at a time, narrowed by name, city or tag
 * as the API narrows it, and each entry on a page of its own with everything the desk knows, where
 * a concierge recommends it to a client (createRecommendation). The admins' forms are {@link
 * CatalogueForms}.
 */
final class CataloguePages {
  static final int PAGE_SIZE = 25;

  /** How many clients a name that matches several offers to pick from. */
  static final int CANDIDATES = 10;

  /** How many of a client's projects a typed title is looked for among. */
  static final int PROJECTS = 100;

  private static final Set<String> RECOMMEND_TYPED =
      Set.of("client", "person_id", "notes", "status", "title", "project");

  private final UseCases api;

  CataloguePages(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(
        PortalRoute.get("/catalogue", Access.READ, this::list),
        PortalRoute.get("/catalogue/{kind}/{resource_id}", Access.READ, this::show),
        PortalRoute.post(
            "/catalogue/{kind}/{resource_id}/recommend", Access.WRITE, this::recommend));
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
    Resource resource = entry(visit);
    visit.page("resource.jte", resource.name(), "catalogue", ResourceView.of(resource));
  }

  /**
   * The entry recommended to the client the form names: by the one its name matches, or, when it
   * matches several, by the one picked among them, within the project of theirs a typed title
   * names, if one is typed; then the client's profile, where it now shows.
   */
  private void recommend(Visit visit) {
    Resource resource = entry(visit);
    FormState typed = visit.typed(RECOMMEND_TYPED);
    List<Person> candidates = List.of();
    try {
      FormInput input = new FormInput(visit);
      RecommendationStatus status =
          input.choice(
              "status",
              RecommendationStatus::fromWireName,
              RecommendationStatus.values(),
              RecommendationStatus::wireName);
      String notes = input.text("notes");
      String title = input.text("title");
      String picked = input.text("person_id");
      UUID personId = null;
      if (picked != null) {
        personId = Visit.id(picked);
      } else {
        ClientMatch match = client(visit, input.text("client"));
        candidates = match.candidates();
        if (match.error() != null) {
          input.errors().add("client", match.error());
        } else {
          personId = match.personId();
        }
      }
      UUID projectId = null;
      String project = input.text("project");
      if (personId != null && project != null) {
        Match<Project> match = project(visit, personId, project);
        projectId = match.found() == null ? null : match.found().projectId();
        if (match.error() != null) {
          input.errors().add("project", match.error());
        }
      }
      input.errors().throwIfAny();
      api.recommendations()
          .create(
              visit.caller(),
              personId,
              new NewRecommendation(projectId, resource.resourceId(), title, notes, status, null));
      visit.redirect("/clients/" + personId + "#recommendations-heading");
    } catch (ValidationException e) {
      visit.page(
          "resource.jte",
          resource.name(),
          "catalogue",
          new ResourceView(resource, typed.refused(e.errors()), candidates),
          HttpStatus.BAD_REQUEST);
    }
  }

  /** Who a typed name is: one client, or an error and the clients it could be. */
  private record ClientMatch(UUID personId, String error, List<Person> candidates) {}

  private ClientMatch client(Visit visit, String name) {
    if (name == null) {
      return new ClientMatch(null, "is required: type their name or part of it", List.of());
    }
    Page<Person> found =
        api.persons().search(visit.caller(), name, null, new PageRequest(0, CANDIDATES));
    List<Person> exact =
        found.items().stream().filter(p -> p.fullName().equalsIgnoreCase(name)).toList();
    if (found.total() == 1 || exact.size() == 1) {
      return new ClientMatch(
          (found.total() == 1 ? found.items() : exact).get(0).personId(), null, List.of());
    }
    if (found.total() == 0) {
      return new ClientMatch(null, "no client’s name contains “" + name + "”", List.of());
    }
    String matched = found.total() + " clients’ names contain “" + name + "”: ";
    return new ClientMatch(
        null,
        matched
            + (found.total() > CANDIDATES
                ? "type more of the name, or pick one of the first " + CANDIDATES + " below"
                : "pick one below, or type more of the name"),
        found.items());
  }

  /** What a typed title found: one thing, or an error. */
  private record Match<T>(T found, String error) {}

  /**
   * The client's project a typed title names: the one whose title it is (case aside), else the one
   * whose title holds it; among the client's first {@link #PROJECTS}, newest first.
   */
  private Match<Project> project(Visit visit, UUID personId, String typed) {
    List<Project> projects =
        api.projects().list(visit.caller(), personId, null, new PageRequest(0, PROJECTS)).items();
    String lower = typed.toLowerCase(Locale.ROOT);
    List<Project> exact = projects.stream().filter(p -> p.title().equalsIgnoreCase(typed)).toList();
    List<Project> holding =
        projects.stream().filter(p -> p.title().toLowerCase(Locale.ROOT).contains(lower)).toList();
    if (exact.size() == 1 || holding.size() == 1) {
      return new Match<>((exact.size() == 1 ? exact : holding).get(0), null);
    }
    if (holding.isEmpty()) {
      return new Match<>(null, "none of the client’s projects has “" + typed + "” in its title");
    }
    return new Match<>(
        null,
        holding.size()
            + " of the client’s projects have “"
            + typed
            + "” in their titles: type more of one ("
            + holding.stream().map(Project::title).limit(5).collect(Collectors.joining(", "))
            + ")");
  }

  private Resource entry(Visit visit) {
    return api.catalogue().get(visit.caller(), type(visit), visit.pathId("resource_id"));
  }

  /** The kind a page's path names; an unknown one names no page. */
  static ResourceType type(Visit visit) {
    return kind(visit.ctx().pathParam("kind"))
        .orElseThrow(() -> new NotFoundException("page", null));
  }

  static Optional<ResourceType> kind(String wireName) {
    return wireName == null ? Optional.empty() : ResourceType.fromWireName(wireName);
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
