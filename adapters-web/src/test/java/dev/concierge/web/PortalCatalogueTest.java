package dev.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.catalogue.NewResource;
import dev.concierge.core.catalogue.Resource;
import dev.concierge.core.catalogue.ResourceType;
import dev.concierge.core.model.Metadata;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue pages over plain HTTP: every role reads each kind, narrowed by name, city and tag
 * as the API narrows them; an entry's page shows what the desk knows with everything escaped and
 * only web addresses as links; another organization's entries and unknown ones are 404 pages.
 */
class PortalCatalogueTest {
  private static ServedPortal portal;
  private static ServedPortal.Desk desk;
  private static Resource florist;
  private static Resource bistro;

  @BeforeAll
  static void serve() {
    portal = ServedPortal.start();
    desk = portal.newDesk("Catalogue desk", ZoneId.of("Europe/London"));
    florist =
        portal
            .concierge()
            .catalogue()
            .create(
                desk.operator(),
                ResourceType.VENDOR,
                new NewResource(
                    "Petals & <Stems>",
                    "florist",
                    "Peonies in any season",
                    "12 Flower Lane",
                    "London",
                    "https://petals.example.com",
                    "+44 20 7946 0000",
                    "orders@petals.example.com",
                    3,
                    new BigDecimal("4.5"),
                    List.of("flowers", "weddings"),
                    true,
                    "Ask for Maria; same-day before 11:00",
                    Metadata.of(Map.of("delivery_radius_km", 15))));
    portal
        .concierge()
        .catalogue()
        .create(desk.operator(), ResourceType.VENDOR, NewResource.named("Paris Cakes"));
    bistro =
        portal
            .concierge()
            .catalogue()
            .create(
                desk.operator(),
                ResourceType.RESTAURANT,
                new NewResource(
                    "Chez Anna",
                    "bistro",
                    null,
                    null,
                    "Paris",
                    "https://chez-anna.example.com",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    false,
                    null,
                    null));
    // as the API kept any website before core held it to http(s)
    portal.execute(
        "update resources set website = 'javascript:alert(1)' where resource_id = ?",
        bistro.resourceId());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void every_role_reads_each_kind_narrowed_by_name_city_or_tag()
      throws IOException, InterruptedException {
    for (String staff : new String[] {desk.concierge(), desk.analyst(), desk.admin()}) {
      HttpVisitor browser = new HttpVisitor(portal).signIn(staff);

      HttpResponse<String> vendors = browser.get("/catalogue");
      HttpResponse<String> byTag = browser.get("/catalogue?kind=vendor&tag=weddings");
      HttpResponse<String> byCity = browser.get("/catalogue?kind=restaurant&city=paris");

      assertThat(vendors.statusCode()).as(staff).isEqualTo(200);
      assertThat(vendors.body())
          .contains("href=\"/catalogue\"")
          .contains("2 vendors.")
          .contains(">Petals &amp; &lt;Stems&gt;</a>")
          .contains("Paris Cakes")
          .doesNotContain("Chez Anna");
      assertThat(byTag.body()).contains("1 vendor found.").doesNotContain("Paris Cakes");
      assertThat(byCity.body())
          .contains("href=\"/catalogue/restaurant/" + bistro.resourceId() + "\"")
          .contains("1 restaurant found.");
    }
  }

  @Test
  void an_entrys_page_shows_what_the_desk_knows_and_links_only_web_addresses()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.analyst());

    HttpResponse<String> page = browser.get("/catalogue/vendor/" + florist.resourceId());
    HttpResponse<String> unsafe = browser.get("/catalogue/restaurant/" + bistro.resourceId());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Petals &amp; &lt;Stems&gt;</h1>")
        .contains("href=\"https://petals.example.com\" rel=\"noopener noreferrer\"")
        .contains("$$$")
        .contains("4.5 / 5")
        .contains("flowers, weddings")
        .contains("Delivery radius km</dt><dd>15")
        .contains("Ask for Maria; same-day before 11:00");
    assertThat(unsafe.statusCode()).isEqualTo(200);
    assertThat(unsafe.body()).contains("javascript:alert(1)").doesNotContain("href=\"javascript:");
  }

  @Test
  void another_organizations_entry_and_a_wrong_kind_are_not_found()
      throws IOException, InterruptedException {
    ServedPortal.Desk other = portal.newDesk("Other catalogue desk", ZoneId.of("Europe/London"));
    HttpVisitor outsider = new HttpVisitor(portal).signIn(other.concierge());
    HttpVisitor insider = new HttpVisitor(portal).signIn(desk.concierge());

    HttpResponse<String> theirs = outsider.get("/catalogue/vendor/" + florist.resourceId());
    HttpResponse<String> list = outsider.get("/catalogue?kind=vendor");
    HttpResponse<String> wrongKind = insider.get("/catalogue/venue/" + florist.resourceId());
    HttpResponse<String> noKind = insider.get("/catalogue/yacht/" + florist.resourceId());

    assertThat(theirs.statusCode()).isEqualTo(404);
    assertThat(list.body()).contains("0 vendors.").doesNotContain("Petals");
    assertThat(wrongKind.statusCode()).isEqualTo(404);
    assertThat(noKind.statusCode()).isEqualTo(404);
  }

  @Test
  void a_search_hit_in_the_catalogue_links_to_the_entrys_page()
      throws IOException, InterruptedException {
    HttpVisitor browser = new HttpVisitor(portal).signIn(desk.concierge());

    HttpResponse<String> found = browser.get("/search?q=peonies");

    assertThat(found.body())
        .contains("<a href=\"/catalogue/vendor/" + florist.resourceId() + "\">Petals &amp;");
  }
}
