package dev.concierge.http.api;

import static dev.concierge.http.api.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client's year at a glance as the API serves it, read back with poppler's pdftotext (its
 * rendering to PNG is PdfReportsTest's). The service's today is 2025-10-27.
 */
class ClientReportApiTest {
  private final ApiServer.Tenant tenant = ApiServer.newTenant();

  @Test
  void the_report_holds_the_clients_dates_reminders_projects_and_recommendations()
      throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/pdftotext")),
        "needs poppler-utils: apt-get install -y poppler-utils");
    String zoe = tenant.client("Zoë Müller 李", "Europe/Paris");
    tenant.create(
        "/api/v1/date-items",
        json(
            "person_id",
            zoe,
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
    tenant.create(
        "/api/v1/date-items",
        json("person_id", zoe, "title", "Old trip", "date_value", "2025-01-10"));
    String project =
        tenant.create("/api/v1/projects", json("person_id", zoe, "title", "Anniversary dinner"));
    tenant.create("/api/v1/projects/" + project + "/tasks", json("title", "Book the table"));
    tenant.create(
        "/api/v1/persons/" + zoe + "/recommendations", json("title", "Sunset sail in Nice"));

    HttpResponse<byte[]> pdf = fetch("/api/v1/persons/" + zoe + "/report.pdf", tenant.analystKey());
    String text = pdftotext(pdf.body());

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(text)
        .contains("Zoë Müller 李")
        .contains("27 October 2025 to 26 October 2026", "Europe/Paris")
        .contains("Sun 15 Mar 2026", "Mom's birthday")
        .contains("Sun 1 Mar 2026, 09:00", "email", "pending")
        .contains("Anniversary dinner", "Book the table")
        .contains("Sunset sail in Nice")
        .doesNotContain("Old trip")
        .contains("page 1 of 1");
  }

  @Test
  void another_organizations_client_has_no_report() throws Exception {
    ApiServer.Tenant other = ApiServer.newTenant();
    String theirs = other.person("Someone Else");

    HttpResponse<byte[]> refused =
        fetch("/api/v1/persons/" + theirs + "/report.pdf", tenant.adminKey());

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  private static HttpResponse<byte[]> fetch(String path, String key) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ApiServer.service().port() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + key)
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("report", ".pdf");
    Files.write(file, pdf);
    Process process =
        new ProcessBuilder("/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }
}
