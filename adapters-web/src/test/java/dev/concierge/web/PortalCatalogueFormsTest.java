package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.catalogue.NewRecommendation;
import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.Recommendation;
import dev.concierge.core.catalogue.RecommendationStatus;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceQuery;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.projects.NewProject;
import dev.concierge.core.projects.Project;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's forms over plain HTTP: admins add, edit and delete entries through the API's use
 * case (its errors beside the fields, what was typed kept, every change audited), concierges
 * recommend an entry to a client found by name, and no other role sees or sends those forms.
 */
class PortalCatalogueFormsTest {
  private static ServedPortal portal;
  private static ServedPortal.Desk desk;

  @BeforeAll
  static void serve() {
    portal = ServedPortal.start();
    desk = portal.newDesk("Catalogue forms desk", ZoneId.of("Europe/London"));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void an_admin_adds_an_entry_with_every_field_the_api_takes_and_it_is_audited()
      throws IOException, InterruptedException {
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());

    HttpResponse<String> list = admin.get("/catalogue?kind=restaurant");
    HttpResponse<String> blank = admin.get("/catalogue/new?kind=restaurant");
    HttpResponse<String> saved =
        admin.submit(
            "/catalogue/restaurant",
            "name",
            "  Le Petit Zinc  ",
            "category",
            "bistro",
            "city",
            "Paris",
            "address",
            "11 Rue Saint-Benoît",
            "website",
            "https://petitzinc.example.com",
            "phone",
            "+33 1 42 86 61 00",
            "email",
            "table@petitzinc.example.com",
            "price_level",
            "2",
            "rating",
            "4.5",
            "tags",
            "late, oysters, ,",
            "is_vetted",
            "true",
            "description",
            "Oysters and a quiet corner table",
            "notes",
            "Ask for Jean-Luc",
            "attributes_jsonb",
            "cuisine: French\ncovers: 80\nterrace: true\nminimum: 12.50\n");

    assertThat(list.body())
        .contains("href=\"/catalogue/new?kind=restaurant\" role=\"button\">New restaurant");
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.body()).contains("<h1>New restaurant</h1>").contains("name=\"website\"");
    assertThat(saved.statusCode()).isEqualTo(303);
    Resource created = only("Le Petit Zinc");
    assertThat(saved.headers().firstValue("Location"))
        .hasValue("/catalogue/restaurant/" + created.resourceId());
    assertThat(created)
        .extracting(
            Resource::category,
            Resource::city,
            Resource::address,
            Resource::website,
            Resource::phone,
            Resource::email,
            Resource::priceLevel,
            Resource::rating,
            Resource::tags,
            Resource::vetted,
            Resource::description,
            Resource::notes)
        .containsExactly(
            "bistro",
            "Paris",
            "11 Rue Saint-Benoît",
            "https://petitzinc.example.com",
            "+33 1 42 86 61 00",
            "table@petitzinc.example.com",
            2,
            new BigDecimal("4.5"),
            List.of("late", "oysters"),
            true,
            "Oysters and a quiet corner table",
            "Ask for Jean-Luc");
    assertThat(created.attributes().values())
        .containsEntry("cuisine", "French")
        .containsEntry("covers", 80)
        .containsEntry("terrace", true)
        .hasSize(4);
    assertThat(new BigDecimal(created.attributes().values().get("minimum").toString()))
        .isEqualByComparingTo("12.5");
    AuditEntry audit = audited(created.resourceId(), AuditAction.CREATE);
    assertThat(audit.actorName()).isEqualTo("Ada Admin");
    assertThat(admin.get("/catalogue/restaurant/" + created.resourceId()).body())
        .contains("href=\"/catalogue/restaurant/" + created.resourceId() + "/edit\"")
        .contains("Cuisine</dt><dd>French");
  }

  @Test
  void a_refused_entry_shows_each_error_beside_its_field_with_everything_typed_kept_escaped()
      throws IOException, InterruptedException {
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());
    admin.get("/catalogue/new?kind=vendor");

    HttpResponse<String> unreadable =
        admin.submit(
            "/catalogue/vendor",
            "name",
            "<b>Bold</b> & co",
            "website",
            "javascript:alert(1)",
            "rating",
            "five",
            "price_level",
            "9",
            "attributes_jsonb",
            "no colon here");
    HttpResponse<String> refused =
        admin.submit(
            "/catalogue/vendor",
            "name",
            " ",
            "website",
            "javascript:alert(1)",
            "rating",
            "4.55",
            "price_level",
            "9",
            "tags",
            "flowers");
    HttpResponse<String> notWeb =
        admin.submit("/catalogue/vendor", "name", "File shop", "website", "file:///etc/passwd");

    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(unreadable.body())
        .contains("Not saved.")
        .contains("id=\"rating-error\">Rating: must be a number such as 4.5")
        .contains("id=\"attributes_jsonb-error\">Attributes: line 1 must be a name, a colon")
        .contains("value=\"&lt;b>Bold&lt;/b> &amp; co\"")
        .contains("value=\"javascript:alert(1)\"")
        .contains(">no colon here</textarea>")
        .doesNotContain("<b>Bold</b>");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"name-error\">Name: is required")
        .contains("id=\"rating-error\">Rating: must have at most one decimal")
        .contains("id=\"price_level-error\">Price: must be between 1 and 4")
        .contains(
            "id=\"website-error\">Website: must be a web address starting with http:// or"
                + " https://")
        .contains("value=\"javascript:alert(1)\"")
        .contains("value=\"flowers\"");
    assertThat(notWeb.statusCode()).isEqualTo(400);
    assertThat(notWeb.body()).contains("id=\"website-error\"");
    assertThat(
            portal
                .concierge()
                .catalogue()
                .list(
                    desk.operator(), ResourceType.VENDOR, ResourceQuery.ALL, new PageRequest(0, 50))
                .items())
        .extracting(Resource::name)
        .doesNotContain("<b>Bold</b> & co", "File shop");
  }

  @Test
  void an_admin_edits_an_entry_keeping_what_the_form_cannot_show_then_deletes_it_after_asking()
      throws IOException, InterruptedException {
    Resource venue =
        portal
            .concierge()
            .catalogue()
            .create(
                desk.operator(),
                ResourceType.VENUE,
                new NewResource(
                    "The Glasshouse",
                    null,
                    null,
                    null,
                    "London",
                    "https://glasshouse.example.com",
                    null,
                    null,
                    3,
                    null,
                    List.of("garden"),
                    true,
                    null,
                    Metadata.of(Map.of("capacity", 120, "hours", Map.of("monday", "closed")))));
    String page = "/catalogue/venue/" + venue.resourceId();
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());

    HttpResponse<String> form = admin.get(page + "/edit");
    HttpResponse<String> saved =
        admin.submit(
            page,
            "name",
            "The Glasshouse Garden",
            "city",
            "London",
            "website",
            "https://glasshouse.example.com",
            "price_level",
            "",
            "tags",
            "garden, weddings",
            "attributes_jsonb",
            "capacity: 150\nparking: valet");
    Resource edited =
        portal.concierge().catalogue().get(desk.operator(), ResourceType.VENUE, venue.resourceId());
    HttpResponse<String> asked = admin.get(page + "/delete");
    HttpResponse<String> deleted = admin.submit(page + "/delete");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("value=\"The Glasshouse\"")
        .contains("value=\"3\" selected")
        .contains(">capacity: 120\n</textarea>")
        .contains("Kept as they are, not shown here: hours.")
        .contains("name=\"is_vetted\" type=\"checkbox\" role=\"switch\" value=\"true\" checked");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location")).hasValue(page);
    assertThat(edited.name()).isEqualTo("The Glasshouse Garden");
    assertThat(edited.priceLevel()).isNull();
    assertThat(edited.vetted()).as("the box left unticked").isFalse();
    assertThat(edited.tags()).containsExactly("garden", "weddings");
    assertThat(edited.attributes().values())
        .containsOnly(
            Map.entry("capacity", 150),
            Map.entry("parking", "valet"),
            Map.entry("hours", Map.of("monday", "closed")));
    assertThat(audited(venue.resourceId(), AuditAction.UPDATE).fields()).contains("name", "tags");
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("<h1>Delete The Glasshouse Garden?</h1>")
        .contains("action=\"" + page + "/delete\"");
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(deleted.headers().firstValue("Location")).hasValue("/catalogue?kind=venue");
    assertThat(admin.get(page).statusCode()).isEqualTo(404);
    audited(venue.resourceId(), AuditAction.DELETE);
  }

  @Test
  void an_entrys_attributes_are_shown_in_words_and_edited_by_name_case_aside_not_in_jsonbs_order()
      throws IOException, InterruptedException {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("wine_list", "long");
    attributes.put("Cuisine", "French");
    attributes.put("capacity", 80);
    attributes.put("dress_code", "smart");
    attributes.put("ac", true);
    attributes.put("Zagat", 27);
    attributes.put("menus", List.of("lunch"));
    attributes.put("hours", Map.of("monday", "closed", "Friday", "late"));
    attributes.put("valet", null);
    Resource venue =
        portal
            .concierge()
            .catalogue()
            .create(
                desk.operator(),
                ResourceType.VENUE,
                new NewResource(
                    "Ordered Hall",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Metadata.of(attributes)));
    String page = "/catalogue/venue/" + venue.resourceId();
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());

    String shown = admin.get(page).body();
    String edited = admin.get(page + "/edit").body();

    assertThat(shown)
        .contains(
            "<dt>Ac</dt><dd>yes</dd><dt>Capacity</dt><dd>80</dd><dt>Cuisine</dt><dd>French</dd>"
                + "<dt>Dress code</dt><dd>smart</dd>"
                + "<dt>Hours</dt><dd>Friday: late; monday: closed</dd>"
                + "<dt>Menus</dt><dd>lunch</dd><dt>Valet</dt><dd>—</dd>"
                + "<dt>Wine list</dt><dd>long</dd><dt>Zagat</dt><dd>27</dd>");
    assertThat(edited)
        .contains(
            ">ac: true\ncapacity: 80\nCuisine: French\ndress_code: smart\nvalet: \n"
                + "wine_list: long\nZagat: 27\n</textarea>")
        .contains("Kept as they are, not shown here: hours, menus.");
  }

  @Test
  void roles_that_may_not_change_the_catalogue_see_no_buttons_and_are_refused()
      throws IOException, InterruptedException {
    Resource vendor = create(ResourceType.VENDOR, "Untouchable Florist");
    String page = "/catalogue/vendor/" + vendor.resourceId();
    Person client = client("Refused Recipient");

    for (String staff : new String[] {desk.concierge(), desk.analyst()}) {
      HttpVisitor browser = new HttpVisitor(portal).signIn(staff);

      HttpResponse<String> list = browser.get("/catalogue?kind=vendor");
      HttpResponse<String> entry = browser.get(page);
      HttpResponse<String> newForm = browser.get("/catalogue/new?kind=vendor");
      HttpResponse<String> editForm = browser.get(page + "/edit");
      HttpResponse<String> create = browser.submit("/catalogue/vendor", "name", "Sneaked In");
      HttpResponse<String> update = browser.submit(page, "name", "Renamed");
      HttpResponse<String> delete = browser.submit(page + "/delete");

      assertThat(list.body()).as(staff).doesNotContain("/catalogue/new");
      assertThat(entry.body()).as(staff).doesNotContain(page + "/edit", page + "/delete");
      assertThat(List.of(newForm, editForm, create, update, delete))
          .as(staff)
          .extracting(HttpResponse::statusCode)
          .containsOnly(403);
    }
    HttpVisitor analyst = new HttpVisitor(portal).signIn(desk.analyst());
    String analystsEntry = analyst.get(page).body();
    HttpResponse<String> recommend =
        analyst.submit(page + "/recommend", "client", "Refused Recipient");

    assertThat(analystsEntry).doesNotContain("Recommend it to a client");
    assertThat(recommend.statusCode()).isEqualTo(403);
    assertThat(recommendationsOf(client)).isEmpty();
    assertThat(only("Untouchable Florist").resourceId()).isEqualTo(vendor.resourceId());
  }

  @Test
  void a_concierge_recommends_an_entry_to_a_client_found_by_name_and_the_profile_links_back()
      throws IOException, InterruptedException {
    Resource restaurant = create(ResourceType.RESTAURANT, "Chez <Marguerite>");
    String page = "/catalogue/restaurant/" + restaurant.resourceId();
    Person mead = client("Margaret Mead");
    Person atwood = client("Margaret Atwood");
    client("Marguerite Duras");
    portal
        .concierge()
        .recommendations()
        .create(
            desk.operator(),
            mead.personId(),
            new NewRecommendation(null, null, "Sunset sail", null, null, null));
    HttpVisitor concierge = new HttpVisitor(portal).signIn(desk.concierge());
    String entry = concierge.get(page).body();

    HttpResponse<String> nobody = concierge.submit(page + "/recommend", "client", "Zebedee");
    HttpResponse<String> blank = concierge.submit(page + "/recommend", "client", " ");
    HttpResponse<String> several =
        concierge.submit(page + "/recommend", "client", "marg", "notes", "Ask for the <window>");
    HttpResponse<String> exact =
        concierge.submit(
            page + "/recommend",
            "client",
            "margaret mead",
            "status",
            "accepted",
            "notes",
            "Anniversary dinner");
    HttpResponse<String> picked =
        concierge.submit(
            page + "/recommend",
            "client",
            "Margaret",
            "person_id",
            atwood.personId().toString(),
            "status",
            "suggested");
    HttpResponse<String> profile = concierge.get("/clients/" + mead.personId());

    assertThat(entry)
        .contains("<h2 id=\"recommend-heading\">Recommend it to a client</h2>")
        .doesNotContain(page + "/edit");
    assertThat(nobody.statusCode()).isEqualTo(400);
    assertThat(nobody.body())
        .contains("id=\"client-error\">Client: no client’s name contains “Zebedee”")
        .contains("value=\"Zebedee\"");
    assertThat(blank.body()).contains("id=\"client-error\">Client: is required");
    assertThat(several.statusCode()).isEqualTo(400);
    assertThat(several.body())
        .contains("id=\"client-error\">Client: 3 clients’ names contain “marg”: pick one below")
        .contains("value=\"" + mead.personId() + "\"")
        .contains("value=\"" + atwood.personId() + "\"")
        .contains(">Ask for the &lt;window&gt;</textarea>");
    assertThat(exact.statusCode()).isEqualTo(303);
    assertThat(exact.headers().firstValue("Location"))
        .hasValue("/clients/" + mead.personId() + "#recommendations-heading");
    assertThat(picked.statusCode()).isEqualTo(303);
    assertThat(recommendationsOf(atwood))
        .extracting(Recommendation::resourceId, Recommendation::status)
        .containsExactly(Assertions.tuple(restaurant.resourceId(), RecommendationStatus.SUGGESTED));
    Recommendation made =
        recommendationsOf(mead).stream()
            .filter(r -> restaurant.resourceId().equals(r.resourceId()))
            .findFirst()
            .orElseThrow();
    assertThat(made.status()).isEqualTo(RecommendationStatus.ACCEPTED);
    assertThat(made.notes()).isEqualTo("Anniversary dinner");
    assertThat(
            audit(made.recommendationId(), EntityType.RECOMMENDATION, AuditAction.CREATE)
                .actorName())
        .isEqualTo("Anna Keller");
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body())
        .contains(
            "<a href=\""
                + page
                + "\"><strong>Chez &lt;Marguerite&gt;</strong></a>"
                + " <small>(restaurant)</small>")
        .contains("<strong>Sunset sail</strong>");
  }

  @Test
  void a_recommendation_from_an_entry_takes_a_title_and_one_of_the_clients_projects_by_its_title()
      throws IOException, InterruptedException {
    Resource venue = create(ResourceType.VENUE, "The Boathouse");
    String page = "/catalogue/venue/" + venue.resourceId();
    Person client = client("Peregrine Projects");
    Project anniversary = project(client, "Anniversary weekend");
    project(client, "Anniversary gift");
    project(client("Someone Else Entirely"), "Boat party");
    HttpVisitor concierge = new HttpVisitor(portal).signIn(desk.concierge());

    HttpResponse<String> form = concierge.get(page);
    HttpResponse<String> nowhere =
        concierge.submit(
            page + "/recommend", "client", "Peregrine", "project", "Boat", "title", "Lunch");
    HttpResponse<String> several =
        concierge.submit(page + "/recommend", "client", "Peregrine", "project", "anniversary");
    HttpResponse<String> tooLong =
        concierge.submit(
            page + "/recommend",
            "client",
            "Peregrine",
            "project",
            "weekend",
            "title",
            "x".repeat(301));
    HttpResponse<String> made =
        concierge.submit(
            page + "/recommend",
            "client",
            "Peregrine",
            "project",
            "WEEKEND",
            "title",
            "Anniversary lunch",
            "notes",
            "On the water");

    assertThat(form.body())
        .contains("<label for=\"project\">Project</label>")
        .contains("<label for=\"title\">Title</label>");
    assertThat(nowhere.statusCode()).isEqualTo(400);
    assertThat(nowhere.body())
        .contains(
            "id=\"project-error\">Project: none of the client’s projects has “Boat” in its title")
        .contains("value=\"Boat\"")
        .contains("value=\"Lunch\"");
    assertThat(several.body())
        .contains(
            "id=\"project-error\">Project: 2 of the client’s projects have “anniversary” in their"
                + " titles: type more of one (");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("id=\"title-error\">Title: must be 1 to 300 characters");
    assertThat(made.statusCode()).isEqualTo(303);
    assertThat(recommendationsOf(client))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.resourceId()).isEqualTo(venue.resourceId());
              assertThat(r.projectId()).isEqualTo(anniversary.projectId());
              assertThat(r.title()).isEqualTo("Anniversary lunch");
              assertThat(r.notes()).isEqualTo("On the water");
            });
    assertThat(concierge.get("/clients/" + client.personId()).body())
        .as("the profile says what the entry was recommended for")
        .contains(
            "<strong>The Boathouse</strong></a> <small>(venue)</small><br>Anniversary lunch"
                + "<br><small>On the water</small>");
  }

  @Test
  void a_recommendation_whose_entry_was_deleted_is_named_on_the_profile_without_a_link()
      throws IOException, InterruptedException {
    Resource restaurant = create(ResourceType.RESTAURANT, "Chez <Fermé>");
    String page = "/catalogue/restaurant/" + restaurant.resourceId();
    Person client = client("Frances Closed");
    HttpVisitor concierge = new HttpVisitor(portal).signIn(desk.concierge());
    HttpVisitor admin = new HttpVisitor(portal).signIn(desk.admin());
    concierge.get(page);
    HttpResponse<String> recommended =
        concierge.submit(page + "/recommend", "client", "Frances Closed", "notes", "Their table");
    assertThat(recommended.statusCode()).isEqualTo(303);
    admin.get(page + "/delete");
    assertThat(admin.submit(page + "/delete").statusCode()).isEqualTo(303);

    HttpResponse<String> profile = concierge.get("/clients/" + client.personId());

    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body())
        .contains(
            "<strong>Chez &lt;Fermé&gt;</strong> <small>(restaurant, no longer in the"
                + " catalogue)</small><br><small>Their table</small>")
        .doesNotContain("href=\"" + page + "\"");
    assertThat(concierge.get(page).statusCode()).isEqualTo(404);
  }

  @Test
  void another_organizations_entries_and_clients_are_not_found()
      throws IOException, InterruptedException {
    Resource ours = create(ResourceType.PRODUCT, "Our Candle");
    Person ourClient = client("Our Own Client");
    ServedPortal.Desk other = portal.newDesk("Other forms desk", ZoneId.of("Europe/London"));
    String page = "/catalogue/product/" + ours.resourceId();
    HttpVisitor outsider = new HttpVisitor(portal).signIn(other.admin());
    outsider.get("/catalogue");
    Resource theirs =
        portal
            .concierge()
            .catalogue()
            .create(other.operator(), ResourceType.PRODUCT, NewResource.named("Their Candle"));
    HttpVisitor insider = new HttpVisitor(portal).signIn(desk.concierge());

    HttpResponse<String> edit = outsider.get(page + "/edit");
    HttpResponse<String> update = outsider.submit(page, "name", "Taken over");
    HttpResponse<String> delete = outsider.submit(page + "/delete");
    HttpResponse<String> recommend =
        outsider.submit(page + "/recommend", "person_id", ourClient.personId().toString());
    HttpResponse<String> toTheirs =
        insider.submit(
            "/catalogue/product/" + theirs.resourceId() + "/recommend",
            "person_id",
            ourClient.personId().toString());
    HttpResponse<String> theirClient =
        outsider.submit(
            "/catalogue/product/" + theirs.resourceId() + "/recommend",
            "person_id",
            ourClient.personId().toString());

    assertThat(List.of(edit, update, delete, recommend, toTheirs, theirClient))
        .extracting(HttpResponse::statusCode)
        .containsOnly(404);
    assertThat(only("Our Candle").resourceId()).isEqualTo(ours.resourceId());
    assertThat(recommendationsOf(ourClient)).isEmpty();
  }

  private static Resource create(ResourceType type, String name) {
    return portal.concierge().catalogue().create(desk.operator(), type, NewResource.named(name));
  }

  private static Person client(String name) {
    return portal
        .concierge()
        .persons()
        .create(
            desk.operator(),
            new NewPerson(
                name, null, PersonType.CLIENT, null, ZoneId.of("Europe/London"), Metadata.EMPTY));
  }

  private static Project project(Person person, String title) {
    return portal
        .concierge()
        .projects()
        .create(
            desk.operator(),
            new NewProject(person.personId(), title, null, null, null, null, null, null));
  }

  private static List<Recommendation> recommendationsOf(Person person) {
    return portal
        .concierge()
        .recommendations()
        .list(desk.operator(), person.personId(), new PageRequest(0, 50))
        .items();
  }

  /** The one entry of the desk's catalogue of that name, of any kind. */
  private static Resource only(String name) {
    List<Resource> found =
        java.util.Arrays.stream(ResourceType.values())
            .flatMap(
                type ->
                    portal
                        .concierge()
                        .catalogue()
                        .list(
                            desk.operator(),
                            type,
                            new ResourceQuery(null, null, name),
                            new PageRequest(0, 5))
                        .items()
                        .stream())
            .filter(r -> r.name().equals(name))
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static AuditEntry audited(UUID resourceId, AuditAction action) {
    return audit(resourceId, EntityType.RESOURCE, action);
  }

  private static AuditEntry audit(UUID entityId, EntityType type, AuditAction action) {
    List<AuditEntry> entries =
        portal
            .concierge()
            .auditLog()
            .list(
                desk.operator(),
                new AuditQuery(type, entityId, null, null, action, null, null),
                new PageRequest(0, 5))
            .items();
    assertThat(entries).as(type + " " + action + " " + entityId).hasSize(1);
    return entries.get(0);
  }
}
