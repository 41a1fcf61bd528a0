package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSV exports and persons imports (CSV and vCard) against the served API on PostgreSQL. The
 * service's clock is fixed at {@link ApiServer#NOW} (2025-10-27).
 */
class ImportExportApiTest {
  private static final String HEADER =
      "person_id,external_id,full_name,preferred_name,person_type,birthday,timezone,email,"
          + "created_at,updated_at";

  private ApiServer.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = ApiServer.newTenant();
  }

  @Test
  void a_csv_with_two_bad_rows_reports_both_row_numbers_and_imports_nothing() {
    String csv =
        """
        external_id,full_name,birthday,timezone,email
        crm-1,Sarah Chen,1985-03-15,America/New_York,sarah@example.com
        crm-2,Tom Baker,1985-13-40,Europe/London,tom@example.com
        crm-3,Ana Lima,,Mars/Olympus,ana@example.com
        crm-4,Ben Ode,,,ben@example.com
        """;

    ApiServer.Response refused = importCsv(csv, "");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.errorFields()).containsExactly("row 3.birthday", "row 4.timezone");
    assertThat(refused.json().path("errors").get(0).path("message").asText())
        .contains("1985-13-40");
    assertThat(persons()).isEmpty();
  }

  @Test
  void skip_invalid_imports_the_good_rows_and_reports_the_bad_ones() {
    String csv =
        """
        external_id,full_name,birthday,email
        crm-1,Sarah Chen,1985-03-15,sarah@example.com
        crm-2,,1990-01-01,nobody@example.com
        crm-3,Ana Lima,--07-04,not-an-address
        crm-4,Ben Ode,,ben@example.com
        """;

    ApiServer.Response imported = importCsv(csv, "?skip_invalid=true");

    assertThat(imported.status()).isEqualTo(200);
    JsonNode report = imported.json();
    assertThat(report.path("rows").asInt()).isEqualTo(4);
    assertThat(report.path("created").asInt()).isEqualTo(2);
    assertThat(report.path("dates_created").asInt()).isEqualTo(1);
    assertThat(texts(report.path("skipped_rows"))).containsExactly("3", "4");
    assertThat(texts(report.path("errors"), "field"))
        .containsExactly("row 3.full_name", "row 4.email");
    assertThat(persons()).containsOnlyKeys("Sarah Chen", "Ben Ode");
    String sarah = persons().get("Sarah Chen").path("person_id").asText();
    assertThat(persons().get("Sarah Chen").path("birthday").asText()).isEqualTo("1985-03-15");
    assertThat(tenant.get("/api/v1/persons/" + sarah + "/comm-identities").body())
        .contains("sarah@example.com");
    JsonNode birthday = tenant.get("/api/v1/persons/" + sarah + "/date-items").json().get(0);
    assertThat(birthday.path("title").asText()).isEqualTo("Birthday");
    assertThat(birthday.path("recurrence_rule").asText()).isEqualTo("FREQ=YEARLY");
    assertThat(birthday.path("next_occurrence").asText()).isEqualTo("2026-03-15");
  }

  @Test
  void an_export_re_imports_onto_the_rows_it_came_from_without_duplicates() {
    String sarah =
        tenant.create(
            "/api/v1/persons",
            json(
                "full_name", "Sarah \"Sal\" Chen, Jr.",
                "preferred_name", "Zoë",
                "person_type", "client",
                "birthday", "1985-03-15",
                "timezone", "Europe/Paris"));
    tenant.create(
        "/api/v1/persons/" + sarah + "/comm-identities",
        json("channel_type", "email", "identity_value", "sarah@example.com", "is_primary", true));
    tenant.person("=HYPERLINK(\"http://evil\")");
    tenant.person("李小龙\nsecond line");

    ApiServer.Response export = tenant.get("/api/v1/exports/persons.csv");

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type")).startsWith("text/csv");
    String csv = export.body();
    assertThat(csv).startsWith(HEADER + "\r\n");
    assertThat(csv).contains("\"Sarah \"\"Sal\"\" Chen, Jr.\",Zoë,client,1985-03-15,Europe/Paris");
    assertThat(csv).contains("sarah@example.com");
    assertThat(csv).as("a formula is written as text").contains("'=HYPERLINK");
    assertThat(csv).contains("\"李小龙\nsecond line\"");

    ApiServer.Response again = importCsv(csv, "");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("created").asInt()).isZero();
    assertThat(again.json().path("updated").asInt()).isZero();
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(3);
    assertThat(persons())
        .containsOnlyKeys(
            "Sarah \"Sal\" Chen, Jr.", "=HYPERLINK(\"http://evil\")", "李小龙\nsecond line");
    assertThat(tenant.get("/api/v1/exports/persons.csv").body())
        .as("nothing but the new Birthday date changed")
        .isEqualTo(csv);
  }

  @Test
  void a_file_imports_once_however_often_it_is_sent_and_its_changes_update_the_person() {
    String first =
        """
        external_id,full_name,email
        crm-1,Sarah Chen,sarah@example.com
        crm-2,Tom Baker,
        """;
    String changed =
        """
        external_id,full_name,email,timezone
        crm-1,Sarah Chen-Li,sarah@example.com,Asia/Tokyo
        crm-2,Tom Baker,,
        ,Matched By Email,SARAH@example.com,
        """;

    assertThat(importCsv(first, "").json().path("created").asInt()).isEqualTo(2);
    assertThat(importCsv(first, "").json().path("unchanged").asInt()).isEqualTo(2);
    ApiServer.Response second = importCsv(changed, "");

    assertThat(second.status()).as(second.body()).isEqualTo(400);
    assertThat(second.errorFields()).as("the same address as row 2").containsExactly("row 4.email");
    ApiServer.Response updated = importCsv(changed.substring(0, changed.lastIndexOf(",Match")), "");
    assertThat(updated.json().path("updated").asInt()).isEqualTo(1);
    assertThat(updated.json().path("unchanged").asInt()).isEqualTo(1);
    assertThat(persons()).containsOnlyKeys("Sarah Chen-Li", "Tom Baker");
    assertThat(persons().get("Sarah Chen-Li").path("timezone").asText()).isEqualTo("Asia/Tokyo");
  }

  @Test
  void an_import_is_audited_row_by_row_and_a_re_run_of_the_same_file_writes_nothing() {
    String csv =
        """
        external_id,full_name,birthday,email,anniversary
        crm-1,Sarah Chen,1985-03-15,sarah@example.com,2010-06-12
        crm-2,Tom Baker,--07-04,,
        """;

    ApiServer.Response first = importCsv(csv, "");
    ApiServer.Response again = importCsv(csv, "");

    assertThat(first.json().path("created").asInt()).isEqualTo(2);
    assertThat(first.json().path("dates_created").asInt()).isEqualTo(3);
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(2);
    assertThat(again.json().path("dates_created").asInt()).isZero();
    String sarah = persons().get("Sarah Chen").path("person_id").asText();
    assertThat(dates(sarah)).containsOnlyKeys("Birthday", "Anniversary");
    assertThat(dates(sarah).get("Anniversary").path("date_value").asText()).isEqualTo("2010-06-12");
    JsonNode log = tenant.asAdmin("GET", "/api/v1/audit-log?limit=100", null).json();
    List<String> entries = new ArrayList<>();
    log.forEach(
        e -> {
          if (List.of("person", "comm_identity", "date_item")
              .contains(e.path("entity_type").asText())) {
            entries.add(e.path("action").asText() + " " + e.path("entity_type").asText());
          }
        });
    assertThat(entries)
        .as("one per row written, none for the re-run")
        .containsExactlyInAnyOrder(
            "create person",
            "create comm_identity",
            "create date_item",
            "create date_item",
            "create person",
            "create date_item");
    JsonNode sarahCreated =
        tenant.asAdmin("GET", "/api/v1/audit-log?entity_id=" + sarah, null).json().get(0);
    assertThat(sarahCreated.path("action").asText()).isEqualTo("create");
    assertThat(texts(sarahCreated.path("changes_jsonb").path("fields")))
        .containsExactly("full_name", "birthday", "metadata_jsonb");
    assertThat(sarahCreated.path("request_id").asText()).isNotBlank();
  }

  @Test
  void one_address_twice_in_a_file_is_refused_on_the_second_row_and_nothing_is_written() {
    String csv =
        """
        full_name,email
        Sarah Chen,sarah@example.com
        Sara Chen,Sarah@Example.com
        """;

    ApiServer.Response refused = importCsv(csv, "");
    ApiServer.Response skipped = importCsv(csv, "?skip_invalid=true");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorFields()).containsExactly("row 3.email");
    assertThat(skipped.json().path("created").asInt()).isEqualTo(1);
    assertThat(texts(skipped.json().path("skipped_rows"))).containsExactly("3");
    assertThat(persons()).containsOnlyKeys("Sarah Chen");
  }

  @Test
  void another_organizations_external_ids_and_addresses_are_never_matched_nor_changed() {
    ApiServer.Tenant other = ApiServer.newTenant();
    String csv =
        """
        external_id,full_name,email
        crm-1,Sarah Chen,sarah@example.com
        """;
    ApiServer.send(
        "POST",
        "/api/v1/imports/persons",
        other.conciergeKey(),
        csv,
        "Content-Type",
        "text/csv; charset=utf-8");

    ApiServer.Response mine = importCsv(csv.replace("Sarah Chen", "Sarah Chen-Li"), "");

    assertThat(mine.json().path("created").asInt()).isEqualTo(1);
    assertThat(persons()).containsOnlyKeys("Sarah Chen-Li");
    assertThat(other.get("/api/v1/persons").body())
        .contains("\"Sarah Chen\"")
        .doesNotContain("Chen-Li");
  }

  @Test
  void vcards_import_with_a_birthday_without_a_year_and_an_apple_anniversary() {
    String vcf =
        "BEGIN:VCARD\r\n"
            + "VERSION:4.0\r\n"
            + "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
            + "FN:Zoë Müller\\, PhD\r\n"
            + "EMAIL;PREF=1:zoe@example.com\r\n"
            + "BDAY:--0315\r\n"
            + "ANNIVERSARY:20090808\r\n"
            + "END:VCARD\r\n"
            + "BEGIN:VCARD\r\n"
            + "VERSION:3.0\r\n"
            + "N:Chen;Sarah;;;\r\n"
            + "NICKNAME:Sal\r\n"
            + "EMAIL;TYPE=INTERNET:sarah@exa\r\n"
            + " mple.com\r\n"
            + "BDAY;X-APPLE-OMIT-YEAR=1604:1604-11-02\r\n"
            + "item1.X-ABDATE:2001-06-30\r\n"
            + "item1.X-ABLabel:_$!<Anniversary>!$_\r\n"
            + "END:VCARD\r\n";

    ApiServer.Response imported = importVcf(vcf);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().path("created").asInt()).isEqualTo(2);
    assertThat(imported.json().path("dates_created").asInt()).isEqualTo(4);
    JsonNode zoe = persons().get("Zoë Müller, PhD");
    assertThat(zoe.path("birthday").isNull()).as("no year, no birthday on the person").isTrue();
    assertThat(zoe.path("metadata_jsonb").path("external_id").asText())
        .isEqualTo("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
    Map<String, JsonNode> zoesDates = dates(zoe.path("person_id").asText());
    assertThat(zoesDates.get("Birthday").path("next_occurrence").asText()).isEqualTo("2026-03-15");
    assertThat(zoesDates.get("Birthday").path("metadata_jsonb").path("year_unknown").asBoolean())
        .isTrue();
    assertThat(zoesDates.get("Anniversary").path("date_value").asText()).isEqualTo("2009-08-08");
    JsonNode sarah = persons().get("Sarah Chen");
    assertThat(sarah.path("preferred_name").asText()).isEqualTo("Sal");
    Map<String, JsonNode> sarahsDates = dates(sarah.path("person_id").asText());
    assertThat(sarahsDates.get("Birthday").path("next_occurrence").asText())
        .isEqualTo("2025-11-02");
    assertThat(sarahsDates.get("Anniversary").path("next_occurrence").asText())
        .isEqualTo("2026-06-30");
    assertThat(
            tenant
                .get("/api/v1/persons/" + sarah.path("person_id").asText() + "/comm-identities")
                .body())
        .contains("sarah@example.com");

    ApiServer.Response again = importVcf(vcf);
    assertThat(again.json().path("created").asInt()).isZero();
    assertThat(again.json().path("dates_created").asInt()).isZero();
  }

  @Test
  void analysts_export_but_may_not_import_and_an_export_holds_only_the_callers_organization() {
    tenant.person("Sarah Chen");
    ApiServer.Tenant other = ApiServer.newTenant();
    other.person("Someone Else");

    ApiServer.Response refused =
        ApiServer.send(
            "POST",
            "/api/v1/imports/persons",
            tenant.analystKey(),
            "full_name\nX\n",
            "Content-Type",
            "text/csv");
    ApiServer.Response exported = tenant.asAnalyst("GET", "/api/v1/exports/persons.csv", null);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.body()).contains("Sarah Chen").doesNotContain("Someone Else");
    assertThat(persons()).containsOnlyKeys("Sarah Chen");
  }

  @Test
  void date_items_and_reminders_export_with_the_apis_field_names() {
    String sarah = tenant.client("Sarah Chen", "America/New_York");
    tenant.create(
        "/api/v1/date-items",
        json(
            "person_id",
            sarah,
            "title",
            "Mom's birthday",
            "date_value",
            "1960-03-15",
            "recurrence_rule",
            "FREQ=YEARLY",
            "reminder_rules",
            List.of(
                Map.of(
                    "reminder_type", "lead_time", "lead_time_days", 14, "channel_type", "email"))));

    String dates = tenant.get("/api/v1/exports/date-items.csv").body();
    String reminders = tenant.get("/api/v1/exports/reminders.csv").body();

    assertThat(dates.lines().findFirst().orElseThrow())
        .isEqualTo(
            "date_item_id,person_id,category_id,related_person_id,title,date_value,"
                + "recurrence_rule,leap_day_policy,next_occurrence,notes,created_at,updated_at");
    assertThat(dates).contains("Mom's birthday,1960-03-15,FREQ=YEARLY,feb_28,2026-03-15");
    assertThat(reminders.lines().findFirst().orElseThrow())
        .startsWith("reminder_rule_id,person_id");
    assertThat(reminders).contains(",email,lead_time,14,2026-03-01T14:00:00Z,2026-03-15,pending,");
  }

  @Test
  void a_file_that_is_not_csv_or_vcard_is_refused_without_importing() {
    ApiServer.Response json =
        ApiServer.send(
            "POST", "/api/v1/imports/persons", tenant.conciergeKey(), "{\"full_name\":\"X\"}");
    ApiServer.Response unknownColumn = importCsv("full_name,nickname\nSarah,Sal\n", "");
    ApiServer.Response openQuote = importCsv("full_name\n\"Sarah\n", "");
    ApiServer.Response noCard =
        ApiServer.send(
            "POST",
            "/api/v1/imports/persons",
            tenant.conciergeKey(),
            "hello",
            "Content-Type",
            "text/vcard");

    assertThat(json.status()).isEqualTo(415);
    assertThat(unknownColumn.status()).isEqualTo(400);
    assertThat(unknownColumn.json().path("errors").get(0).path("message").asText())
        .contains("nickname");
    assertThat(openQuote.status()).isEqualTo(400);
    assertThat(openQuote.errorFields()).containsExactly("file");
    assertThat(noCard.status()).isEqualTo(400);
    assertThat(persons()).isEmpty();
  }

  private ApiServer.Response importCsv(String csv, String query) {
    return ApiServer.send(
        "POST",
        "/api/v1/imports/persons" + query,
        tenant.conciergeKey(),
        csv,
        "Content-Type",
        "text/csv; charset=utf-8");
  }

  private ApiServer.Response importVcf(String vcf) {
    return ApiServer.send(
        "POST",
        "/api/v1/imports/persons",
        tenant.conciergeKey(),
        vcf,
        "Content-Type",
        "text/vcard");
  }

  private Map<String, JsonNode> persons() {
    return StreamSupport.stream(tenant.get("/api/v1/persons").json().spliterator(), false)
        .collect(Collectors.toMap(p -> p.path("full_name").asText(), p -> p));
  }

  private Map<String, JsonNode> dates(String personId) {
    return StreamSupport.stream(
            tenant.get("/api/v1/persons/" + personId + "/date-items").json().spliterator(), false)
        .collect(Collectors.toMap(d -> d.path("title").asText(), d -> d));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.path(field).asText()));
    return texts;
  }
}
