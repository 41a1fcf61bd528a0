package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchApiTest {
  private ApiServer.Tenant tenant;
  private String sarah;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
    sarah = tenant.person("Sarah Chen");
    tenant.person("Robert Miles");
  }

  private static String search(String q, String... more) {
    return "/api/v1/search?q="
        + URLEncoder.encode(q, StandardCharsets.UTF_8)
        + String.join("", more);
  }

  private List<JsonNode> hits(String path) {
    ApiServer.Response response = tenant.get(path);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> hits = new ArrayList<>();
    response.json().forEach(hits::add);
    return hits;
  }

  private String conversationWith(String person, String... messages) {
    String conversation =
        tenant.create(
            "/api/v1/conversations",
            json("person_id", person, "channel_type", "email", "subject", "Plans"));
    for (String content : messages) {
      tenant.create(
          "/api/v1/conversations/" + conversation + "/messages",
          json("direction", "inbound", "content", content));
    }
    return conversation;
  }

  @Test
  void a_misspelt_name_finds_the_person_with_the_path_to_read_it() {
    List<JsonNode> hits = hits(search("Sara Chenn"));

    assertThat(hits).isNotEmpty();
    JsonNode first = hits.get(0);
    assertThat(first.get("type").asText()).isEqualTo("person");
    assertThat(first.get("id").asText()).isEqualTo(sarah);
    assertThat(first.get("title").asText()).isEqualTo("Sarah Chen");
    assertThat(first.get("person_id").asText()).isEqualTo(sarah);
    assertThat(first.get("path").asText()).isEqualTo("/api/v1/persons/" + sarah);
    assertThat(tenant.get(first.get("path").asText()).status()).isEqualTo(200);
    assertThat(hits).extracting(h -> h.get("title").asText()).doesNotContain("Robert Miles");
  }

  @Test
  void two_typos_in_a_short_name_find_the_person_by_a_looser_pass_only_when_no_name_is_near() {
    String priya = tenant.person("Priya Raman");
    tenant.person("Priya Ramanathan");
    String message = conversationWith(sarah, "Pria from the office loved the ramen place.");

    List<JsonNode> far = hits(search("Pria Ramen"));

    assertThat(far)
        .extracting(h -> h.get("type").asText() + " " + h.get("title").asText())
        .as("0.35 from Priya Raman, 0.27 from Priya Ramanathan: too far for either pass")
        .containsExactly("person Priya Raman", "message Sarah Chen: Plans");
    assertThat(far.get(0).get("id").asText()).isEqualTo(priya);
    assertThat(far.get(1).get("path").asText()).contains(message);
    assertThat(hits(search("Pria Ramen", "&types=message")))
        .as("persons not searched, so no second pass")
        .hasSize(1);

    tenant.person("Pia Rameno");
    assertThat(hits(search("Pria Ramen", "&types=person")))
        .as("0.47 from Pia Rameno: found by the first pass, so the looser one does not run")
        .extracting(h -> h.get("title").asText())
        .containsExactly("Pia Rameno");
    assertThat(hits(search("Xqzv Wkjp"))).isEmpty();
  }

  @Test
  void a_long_name_with_two_typos_is_found_by_the_first_pass_and_a_long_text_never_by_the_looser() {
    String maximilian = tenant.person("Maximilian Fitzgerald");

    assertThat(hits(search("Maximilain Fitzgerlad")))
        .as("22 trigrams, two pairs of letters swapped: 0.47 from the name")
        .extracting(h -> h.get("id").asText())
        .containsExactly(maximilian);
    assertThat(hits(search("Maksimilyan Fitsjerald")))
        .as("23 trigrams, four typos: 0.36, for the looser pass only, not run for 22 or more")
        .isEmpty();
  }

  @Test
  void the_exact_name_ranks_above_a_message_that_mentions_it() {
    String margaux = tenant.person("Margaux Delacroix");
    String conversation =
        conversationWith(sarah, "Dinner with Margaux Delacroix on Friday, somewhere quiet.");

    List<JsonNode> hits = hits(search("Margaux Delacroix"));

    assertThat(hits).extracting(h -> h.get("type").asText()).containsExactly("person", "message");
    assertThat(hits.get(0).get("id").asText()).isEqualTo(margaux);
    assertThat(hits.get(0).get("rank").asDouble())
        .isGreaterThan(hits.get(1).get("rank").asDouble());
    JsonNode message = hits.get(1);
    assertThat(message.get("person_id").asText()).isEqualTo(sarah);
    assertThat(message.get("title").asText()).isEqualTo("Sarah Chen: Plans");
    assertThat(message.get("path").asText())
        .isEqualTo("/api/v1/conversations/" + conversation + "/messages");
  }

  @Test
  void snippets_mark_each_word_found_in_any_of_its_forms_as_text_without_markup() {
    String project =
        tenant.create(
            "/api/v1/projects",
            json(
                "person_id",
                sarah,
                "title",
                "Anniversary",
                "description",
                "Book a <b>private</b> chef for the anniversary dinners at the lake house."));
    String task =
        tenant.create(
            "/api/v1/projects/" + project + "/tasks", json("title", "Taste the dinner menu"));

    List<JsonNode> hits = hits(search("dinner", "&types=project,task"));

    assertThat(hits).extracting(h -> h.get("type").asText()).containsExactly("task", "project");
    assertThat(hits.get(0).get("snippet").asText()).isEqualTo("Taste the **dinner** menu");
    assertThat(hits.get(0).get("path").asText())
        .isEqualTo("/api/v1/projects/" + project + "/tasks/" + task);
    assertThat(hits.get(1).get("snippet").asText())
        .contains("anniversary **dinners** at the lake")
        .contains("private")
        .doesNotContain("<b>");
  }

  @Test
  void every_kind_is_found_by_its_words_and_types_narrow_the_kinds() {
    String item =
        tenant.create(
            "/api/v1/date-items",
            json(
                "person_id",
                sarah,
                "title",
                "Sailing regatta",
                "date_value",
                "2026-07-04",
                "notes",
                "Bring the spinnaker"));
    String vendor =
        tenant
            .asAdmin(
                "POST",
                "/api/v1/vendors",
                json("name", "Spinnaker Sailmakers", "description", "Sails for regattas"))
            .id();
    String recommendation =
        tenant.create(
            "/api/v1/persons/" + sarah + "/recommendations",
            json("title", "Regatta hospitality tent", "notes", "Near the finish line"));

    List<JsonNode> all = hits(search("regatta"));
    List<JsonNode> dates = hits(search("regatta", "&types=date_item"));

    assertThat(all)
        .extracting(h -> h.get("type").asText() + " " + h.get("path").asText())
        .containsExactlyInAnyOrder(
            "date_item /api/v1/date-items/" + item,
            "resource /api/v1/vendors/" + vendor,
            "recommendation /api/v1/recommendations/" + recommendation);
    assertThat(dates).extracting(h -> h.get("id").asText()).containsExactly(item);
    assertThat(hits(search("Spinaker Sailmaker", "&types=resource")))
        .extracting(h -> h.get("id").asText())
        .containsExactly(vendor);
    assertThat(hits(search("regatta", "&person_id=" + sarah)))
        .extracting(h -> h.get("type").asText())
        .containsExactlyInAnyOrder("date_item", "recommendation");
  }

  @Test
  void another_organizations_records_are_never_found() {
    ApiServer.Tenant other = ApiServer.newTenant();
    String theirs = other.person("Zebulon Quartermaine");
    conversationWith(sarah, "Zebulon Quartermaine called about the yacht.");

    List<JsonNode> ours = hits(search("Zebulon Quartermaine", "&types=person"));
    List<JsonNode> misspelt = hits(search("Zebulon Quartermain"));

    assertThat(ours).isEmpty();
    assertThat(misspelt).extracting(h -> h.get("type").asText()).containsOnly("message");
    assertThat(other.get(search("Zebulon Quartermaine")).json())
        .extracting(h -> h.get("id").asText())
        .containsExactly(theirs);
  }

  @Test
  void a_word_in_more_messages_than_are_ranked_is_found_among_the_newest_live_ones() {
    String robert = tenant.get("/api/v1/persons?q=Robert").json().get(0).path("person_id").asText();
    String gone = conversationWith(robert, "The yacht of Robert, no longer wanted.");
    // more than the 200 candidates a kind ranks: they are found among the newest messages
    String[] many = new String[210];
    for (int i = 0; i < many.length; i++) {
      many[i] = "Please reserve the yacht, request " + i;
    }
    String kept = conversationWith(sarah, many);
    tenant.delete("/api/v1/conversations/" + gone);

    List<JsonNode> word = hits(search("yacht", "&types=message"));
    List<JsonNode> phrase = hits(search("\"reserve the yacht\"", "&types=message&limit=5"));

    assertThat(word).hasSize(20);
    assertThat(word).allSatisfy(h -> assertThat(h.get("path").asText()).contains(kept));
    assertThat(word).allSatisfy(h -> assertThat(h.get("snippet").asText()).contains("**yacht**"));
    assertThat(phrase).hasSize(5);
    assertThat(phrase).allSatisfy(h -> assertThat(h.get("path").asText()).contains(kept));
  }

  @Test
  void deleted_records_and_what_they_held_are_never_found() {
    String ghost = tenant.person("Ophelia Thistlewood");
    String conversation = conversationWith(sarah, "The gondola ride is booked.");
    String project =
        tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Gondola trip"));
    tenant.create("/api/v1/projects/" + project + "/tasks", json("title", "Gondola tickets"));

    tenant.delete("/api/v1/persons/" + ghost);
    tenant.delete("/api/v1/conversations/" + conversation);
    tenant.delete("/api/v1/projects/" + project);

    assertThat(hits(search("Ophelia Thistlewood"))).isEmpty();
    assertThat(hits(search("gondola"))).isEmpty();
  }

  @Test
  void every_role_may_search_and_no_one_unsigned() {
    ApiServer.Response analyst = tenant.asAnalyst("GET", search("Sarah"), null);
    ApiServer.Response anonymous = ApiServer.send("GET", search("Sarah"), null, null);

    assertThat(analyst.status()).isEqualTo(200);
    assertThat(analyst.json().get(0).get("id").asText()).isEqualTo(sarah);
    assertThat(anonymous.status()).isEqualTo(401);
  }

  @Test
  void a_missing_blank_or_long_text_unknown_kind_or_limit_out_of_bounds_is_a_400_naming_it() {
    assertThat(tenant.get("/api/v1/search").errorFields()).containsExactly("q");
    assertThat(tenant.get(search("   ")).errorFields()).containsExactly("q");
    assertThat(tenant.get(search("x".repeat(201))).errorFields()).containsExactly("q");
    assertThat(tenant.get(search("x".repeat(200))).status()).isEqualTo(200);
    ApiServer.Response planet = tenant.get(search("Sarah", "&types=person,planet"));
    assertThat(planet.status()).isEqualTo(400);
    assertThat(planet.errorFields()).containsExactly("types");
    assertThat(planet.header("Content-Type")).startsWith("application/problem+json");
    assertThat(tenant.get(search("Sarah", "&types=")).errorFields()).containsExactly("types");
    assertThat(tenant.get(search("Sarah", "&limit=0")).errorFields()).containsExactly("limit");
    assertThat(tenant.get(search("Sarah", "&limit=501")).errorFields()).containsExactly("limit");
    assertThat(tenant.get(search("Sarah", "&person_id=x")).errorFields())
        .containsExactly("person_id");
  }

  @Test
  void the_lists_of_persons_projects_and_conversations_take_q() {
    tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Yacht week in Croatia"));
    tenant.create("/api/v1/projects", json("person_id", sarah, "title", "School fair"));
    String yacht = conversationWith(sarah, "Please reserve the yacht for Saturday.");
    conversationWith(sarah, "Thank you!");

    ApiServer.Response persons = tenant.get("/api/v1/persons?q=Sara%20Chenn");
    ApiServer.Response projects = tenant.get("/api/v1/projects?q=yachts");
    ApiServer.Response conversations = tenant.get("/api/v1/conversations?q=yacht");

    assertThat(persons.json()).extracting(p -> p.get("person_id").asText()).containsExactly(sarah);
    assertThat(projects.json())
        .extracting(p -> p.get("title").asText())
        .containsExactly("Yacht week in Croatia");
    assertThat(projects.header("X-Total-Count")).isEqualTo("1");
    assertThat(conversations.json())
        .extracting(c -> c.get("conversation_id").asText())
        .containsExactly(yacht);
    assertThat(tenant.get("/api/v1/projects?q=").errorFields()).containsExactly("q");
  }

  @Test
  void a_quoted_phrase_finds_the_exact_phrase_only_and_the_same_words_rank_it_first() {
    String exact = conversationWith(sarah, "Ask for the corner table, please.");
    String apart = conversationWith(sarah, "The table in the corner was far too noisy.");

    List<JsonNode> phrase = hits(search("\"corner table\"", "&types=message"));
    List<JsonNode> words = hits(search("corner table", "&types=message"));

    assertThat(phrase)
        .extracting(h -> h.get("path").asText())
        .hasSize(1)
        .allMatch(p -> p.contains(exact));
    assertThat(phrase.get(0).get("snippet").asText()).contains("**corner** **table**");
    assertThat(words).extracting(h -> h.get("path").asText()).hasSize(2);
    assertThat(words.get(0).get("path").asText()).contains(exact);
    assertThat(words.get(1).get("path").asText()).contains(apart);
  }

  @Test
  void a_list_narrowed_by_q_counts_its_total_up_to_a_thousand_past_its_start_and_says_so() {
    StringBuilder csv = new StringBuilder("full_name\n");
    for (int i = 1; i <= 1005; i++) {
      csv.append("Vivienne Marchbanks ").append(i).append('\n');
    }
    ApiServer.Response imported =
        ApiServer.send(
            "POST",
            "/api/v1/imports/persons",
            tenant.conciergeKey(),
            csv.toString(),
            "Content-Type",
            "text/csv; charset=utf-8");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    ApiServer.Tenant other = ApiServer.newTenant();
    other.person("Vivienne Marchbanks");

    ApiServer.Response first = tenant.get("/api/v1/persons?q=Marchbanks&limit=10");
    ApiServer.Response deep = tenant.get("/api/v1/persons?q=Marchbanks&skip=1000&limit=10");
    ApiServer.Response all = tenant.get("/api/v1/persons?limit=1");
    ApiServer.Response theirs = other.get("/api/v1/persons?q=Marchbanks");

    assertThat(first.header("X-Total-Count")).isEqualTo("1000");
    assertThat(first.header("X-Total-Count-Capped")).isEqualTo("true");
    assertThat(first.json()).hasSize(10);
    assertThat(first.json().get(0).get("full_name").asText()).isEqualTo("Vivienne Marchbanks 1");
    assertThat(deep.header("X-Total-Count")).isEqualTo("1005");
    assertThat(deep.header("X-Total-Count-Capped")).isEqualTo("false");
    assertThat(deep.json()).hasSize(5);
    assertThat(all.header("X-Total-Count")).isEqualTo("1007");
    assertThat(all.header("X-Total-Count-Capped")).isNull();
    assertThat(theirs.header("X-Total-Count")).isEqualTo("1");
    assertThat(theirs.header("X-Total-Count-Capped")).isEqualTo("false");
  }

  @Test
  void projects_and_conversations_narrowed_by_q_page_in_list_order_with_exact_small_totals() {
    for (int i = 1; i <= 5; i++) {
      tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Yacht trip " + i));
      tenant.create("/api/v1/projects", json("person_id", sarah, "title", "Opera night " + i));
    }
    String robert = tenant.get("/api/v1/persons?q=Robert").json().get(0).path("person_id").asText();
    conversationWith(robert, "Is the yacht free in May?");
    conversationWith(sarah, "Please reserve the yacht.");
    conversationWith(sarah, "Opera tickets, please.");
    ApiServer.Tenant other = ApiServer.newTenant();
    other.create(
        "/api/v1/projects", json("person_id", other.person("Ann Other"), "title", "Yacht trip"));

    ApiServer.Response projects = tenant.get("/api/v1/projects?q=yacht&skip=1&limit=3");
    ApiServer.Response conversations = tenant.get("/api/v1/conversations?q=yacht");
    ApiServer.Response pastTheEnd = tenant.get("/api/v1/conversations?q=yacht&skip=5");

    List<String> yachtProjects = new ArrayList<>();
    tenant
        .get("/api/v1/projects")
        .json()
        .forEach(
            p -> {
              if (p.get("title").asText().startsWith("Yacht")) {
                yachtProjects.add(p.get("project_id").asText());
              }
            });
    List<String> yachtConversations = new ArrayList<>();
    tenant
        .get("/api/v1/conversations")
        .json()
        .forEach(
            c -> {
              String id = c.get("conversation_id").asText();
              if (tenant
                  .get("/api/v1/conversations/" + id + "/messages")
                  .body()
                  .contains("yacht")) {
                yachtConversations.add(id);
              }
            });
    assertThat(projects.json())
        .extracting(p -> p.get("project_id").asText())
        .containsExactlyElementsOf(yachtProjects.subList(1, 4));
    assertThat(projects.header("X-Total-Count")).isEqualTo("5");
    assertThat(projects.header("X-Total-Count-Capped")).isEqualTo("false");
    assertThat(conversations.json())
        .extracting(c -> c.get("conversation_id").asText())
        .containsExactlyElementsOf(yachtConversations)
        .hasSize(2);
    assertThat(conversations.header("X-Total-Count")).isEqualTo("2");
    assertThat(pastTheEnd.json()).isEmpty();
    assertThat(pastTheEnd.header("X-Total-Count")).isEqualTo("2");
    assertThat(pastTheEnd.header("X-Total-Count-Capped")).isEqualTo("false");
  }
}
