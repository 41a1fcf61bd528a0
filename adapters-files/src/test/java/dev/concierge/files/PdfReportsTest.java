package dev.concierge.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.reports.ClientReport;
import dev.concierge.core.reports.ClientReport.DateLine;
import dev.concierge.core.reports.ClientReport.ProjectLine;
import dev.concierge.core.reports.ClientReport.RecommendationLine;
import dev.concierge.core.reports.ClientReport.ReminderLine;
import dev.concierge.core.reports.ClientReport.TaskLine;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PdfReportsTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void a_report_renders_to_pages_whose_text_a_viewer_reads_back_with_accents_and_chinese()
      throws Exception {
    Poppler.assumeInstalled();
    Path dir = Path.of("target", "reports");
    Files.createDirectories(dir);
    Path pdf = dir.resolve("year-at-a-glance.pdf");
    try (OutputStream out = Files.newOutputStream(pdf)) {
      new PdfReports().render(sample(), out);
    }

    String text = Poppler.text(pdf);
    List<Path> pages = Poppler.pages(pdf, dir.resolve("page"));

    assertThat(text)
        .contains("Zoë Müller-Chen (Zoë)")
        .contains("The year ahead: 27 October 2025 to 26 October 2026")
        .contains("Dates", "Reminders", "Open projects", "Recent recommendations")
        .contains("Mom's birthday", "李小龙 生日", "Sun 15 Mar 2026", "March 2026")
        .contains("Sun 1 Mar 2026, 09:00")
        .contains("Anniversary dinner", "Book the table")
        .contains("Le Café Français")
        .contains("page 1 of " + pages.size());
    assertThat(pages).isNotEmpty();
    assertThat(ImageIO.read(pages.get(0).toFile()).getWidth()).isGreaterThan(600);
  }

  @Test
  void an_empty_year_says_so_in_each_section() throws Exception {
    Poppler.assumeInstalled();
    Path pdf = Files.createTempFile("empty-report", ".pdf");
    ClientReport empty =
        new ClientReport(
            "Maison Dupont",
            "Tom Baker",
            null,
            PARIS,
            LocalDate.of(2025, 10, 27),
            LocalDate.of(2026, 10, 26),
            OffsetDateTime.of(
                2025,
                10,
                27,
                15,
                0,
                0,
                0,
                PARIS.getRules().getOffset(LocalDate.of(2025, 10, 27).atStartOfDay())),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    try (OutputStream out = Files.newOutputStream(pdf)) {
      new PdfReports().render(empty, out);
    }

    assertThat(Poppler.text(pdf))
        .contains("No dates in the next twelve months.")
        .contains("No reminders in the next twelve months.")
        .contains("No open projects.")
        .contains("page 1 of 1");
  }

  private static ClientReport sample() {
    List<DateLine> dates = new ArrayList<>();
    List<ReminderLine> reminders = new ArrayList<>();
    LocalDate day = LocalDate.of(2025, 11, 2);
    String[] titles = {
      "Mom's birthday",
      "Club renewal — Racquet Club",
      "李小龙 生日",
      "Villa boiler service",
      "School play: Émilie"
    };
    for (int i = 0; i < 40; i++) {
      String title = i == 5 ? "Mom's birthday" : titles[i % titles.length];
      LocalDate date = i == 5 ? LocalDate.of(2026, 3, 15) : day.plusDays(i * 9L);
      dates.add(new DateLine(date, title, i % 2 == 0 ? "Birthday" : null, i % 3 != 0));
      reminders.add(
          new ReminderLine(
              date.minusDays(14).atTime(9, 0).atZone(PARIS).toOffsetDateTime(),
              title + " (" + date + ")",
              i % 2 == 0 ? "email" : "slack",
              i == 0 ? "sent" : "planned"));
    }
    dates.sort((a, b) -> a.date().compareTo(b.date()));
    reminders.sort((a, b) -> a.sendAt().compareTo(b.sendAt()));
    return new ClientReport(
        "Maison Dupont",
        "Zoë Müller-Chen",
        "Zoë",
        PARIS,
        LocalDate.of(2025, 10, 27),
        LocalDate.of(2026, 10, 26),
        OffsetDateTime.of(2025, 10, 27, 15, 0, 0, 0, java.time.ZoneOffset.ofHours(1)),
        dates,
        reminders,
        List.of(
            new ProjectLine(
                "Anniversary dinner",
                "in_progress",
                2,
                LocalDate.of(2026, 6, 30),
                List.of(
                    new TaskLine("Book the table", "pending", LocalDate.of(2026, 6, 1)),
                    new TaskLine("Order flowers (pivoines)", "in_progress", null))),
            new ProjectLine("Summer in Kyoto 京都", "new", 3, null, List.of())),
        List.of(
            new RecommendationLine(
                LocalDate.of(2025, 10, 1),
                "Dinner for two",
                "Le Café Français",
                "restaurant",
                "accepted")));
  }
}
