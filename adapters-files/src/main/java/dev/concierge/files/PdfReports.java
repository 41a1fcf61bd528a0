package dev.concierge.files;

import dev.concierge.core.reports.ClientReport;
import dev.concierge.core.reports.ClientReport.DateLine;
import dev.concierge.core.reports.ClientReport.ProjectLine;
import dev.concierge.core.reports.ClientReport.RecommendationLine;
import dev.concierge.core.reports.ClientReport.ReminderLine;
import dev.concierge.core.reports.ClientReport.TaskLine;
import dev.concierge.core.reports.ReportRenderer;
import dev.concierge.files.PdfPages.Style;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A client's year at a glance as an A4 PDF, drawn with Apache PDFBox: a title with the period and
 * zone, then the dates month by month, the reminders, the open projects with their open tasks and
 * the recent recommendations, each as a table with a shaded header and banded rows, and "page N of
 * M" at every foot. English, dates written out ("Sun 15 Mar 2026").
 */
public final class PdfReports implements ReportRenderer {
  private static final float[] INK = {0.13f, 0.15f, 0.20f};
  private static final float[] MUTED = {0.42f, 0.45f, 0.50f};
  private static final float[] ACCENT = {0.10f, 0.29f, 0.42f};
  private static final float[] HEADER_FILL = {0.89f, 0.92f, 0.95f};
  private static final float[] BAND_FILL = {0.965f, 0.97f, 0.98f};
  private static final float ROW = 16;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  @Override
  public void render(ClientReport report, OutputStream out) {
    try (PdfPages pages = new PdfPages()) {
      var info = pages.document().getDocumentInformation();
      info.setTitle(report.clientName() + " — the year ahead");
      info.setAuthor(report.organizationName());
      info.setCreator("Concierge");
      title(pages, report);
      dates(pages, report.dates());
      reminders(pages, report.reminders());
      projects(pages, report.projects());
      recommendations(pages, report.recommendations());
      pages.footers(
          report.organizationName() + " · " + report.clientName() + " · the year ahead", MUTED);
      pages.document().save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void title(PdfPages pages, ClientReport report) {
    pages.down(4);
    pages.text(
        PdfPages.MARGIN,
        report.organizationName().toUpperCase(Locale.ROOT),
        Style.BOLD,
        9,
        ACCENT,
        PdfPages.WIDTH);
    pages.down(26);
    String name =
        report.preferredName() == null || report.preferredName().isBlank()
            ? report.clientName()
            : report.clientName() + " (" + report.preferredName() + ")";
    pages.text(PdfPages.MARGIN, name, Style.BOLD, 22, INK, PdfPages.WIDTH);
    pages.down(20);
    pages.text(
        PdfPages.MARGIN,
        "The year ahead: "
            + LONG_DAY.format(report.from())
            + " to "
            + LONG_DAY.format(report.to())
            + " · times in "
            + report.zone().getId(),
        Style.REGULAR,
        10.5f,
        MUTED,
        PdfPages.WIDTH);
    pages.down(14);
    pages.text(
        PdfPages.MARGIN,
        "Prepared " + LONG_DAY.format(report.generatedAt()),
        Style.REGULAR,
        9,
        MUTED,
        PdfPages.WIDTH);
    pages.down(12);
    pages.rule(ACCENT, 1.2f);
    pages.down(8);
  }

  private static void dates(PdfPages pages, List<DateLine> dates) {
    section(pages, "Dates", dates.size() + (dates.size() == 1 ? " date" : " dates"));
    if (dates.isEmpty()) {
      nothing(pages, "No dates in the next twelve months.");
      return;
    }
    Table table =
        new Table(pages, new float[] {120, 235, 95, 45}, "Date", "Occasion", "Category", "");
    YearMonth month = null;
    for (DateLine date : dates) {
      if (!YearMonth.from(date.date()).equals(month)) {
        month = YearMonth.from(date.date());
        table.group(MONTH.format(month));
      }
      table.row(
          DAY.format(date.date()),
          date.title(),
          date.category() == null ? "" : date.category(),
          date.recurring() ? "repeats" : "once");
    }
    pages.down(10);
  }

  private static void reminders(PdfPages pages, List<ReminderLine> reminders) {
    section(
        pages,
        "Reminders",
        reminders.size() + (reminders.size() == 1 ? " reminder" : " reminders"));
    if (reminders.isEmpty()) {
      nothing(pages, "No reminders in the next twelve months.");
      return;
    }
    Table table =
        new Table(pages, new float[] {140, 230, 60, 65}, "When", "About", "Channel", "Status");
    for (ReminderLine reminder : reminders) {
      table.row(
          WHEN.format(reminder.sendAt()), reminder.about(), reminder.channel(), reminder.status());
    }
    pages.down(10);
  }

  private static void projects(PdfPages pages, List<ProjectLine> projects) {
    section(
        pages,
        "Open projects",
        projects.size() + (projects.size() == 1 ? " project" : " projects"));
    if (projects.isEmpty()) {
      nothing(pages, "No open projects.");
      return;
    }
    Table table =
        new Table(
            pages,
            new float[] {265, 90, 60, 80},
            "Project and its open tasks",
            "Status",
            "Priority",
            "Due");
    for (ProjectLine project : projects) {
      table.strong(
          project.title(),
          words(project.status()),
          "P" + project.priority(),
          project.dueDate() == null ? "" : shortDay(project.dueDate()));
      for (TaskLine task : project.openTasks()) {
        table.row(
            "•  " + task.title(),
            words(task.status()),
            "",
            task.dueDate() == null ? "" : shortDay(task.dueDate()));
      }
    }
    pages.down(10);
  }

  private static void recommendations(PdfPages pages, List<RecommendationLine> recommendations) {
    section(pages, "Recent recommendations", "the last six months");
    if (recommendations.isEmpty()) {
      nothing(pages, "No recommendations in the last six months.");
      return;
    }
    Table table =
        new Table(pages, new float[] {85, 170, 170, 70}, "Recommended", "What", "From", "Status");
    for (RecommendationLine r : recommendations) {
      String from =
          r.resource() == null
              ? ""
              : r.resource() + (r.resourceType() == null ? "" : " (" + r.resourceType() + ")");
      table.row(
          shortDay(r.recommendedOn()), r.title() == null ? "" : r.title(), from, words(r.status()));
    }
  }

  private static String shortDay(LocalDate date) {
    return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(date);
  }

  private static String words(String wireName) {
    String spaced = wireName.replace('_', ' ');
    return spaced.isEmpty()
        ? spaced
        : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static void section(PdfPages pages, String title, String note) {
    pages.ensure(60);
    pages.down(22);
    pages.text(PdfPages.MARGIN, title, Style.BOLD, 14, ACCENT, PdfPages.WIDTH);
    float width = pages.width(title, Style.BOLD, 14);
    pages.text(PdfPages.MARGIN + width + 10, note, Style.REGULAR, 9, MUTED, 200);
    pages.down(10);
  }

  private static void nothing(PdfPages pages, String text) {
    pages.down(12);
    pages.text(PdfPages.MARGIN + 6, text, Style.REGULAR, 10, MUTED, PdfPages.WIDTH);
    pages.down(6);
  }

  /** A table whose header is drawn again at the top of every page it continues on. */
  private static final class Table {
    private final PdfPages pages;
    private final float[] widths;
    private final String[] header;
    private int row;

    Table(PdfPages pages, float[] widths, String... header) {
      this.pages = pages;
      this.widths = widths;
      this.header = header;
      header();
    }

    private void header() {
      pages.ensure(ROW * 3);
      pages.down(ROW);
      pages.band(PdfPages.MARGIN, 5, PdfPages.WIDTH, ROW, HEADER_FILL);
      cells(header, Style.BOLD, 9, INK);
      row = 0;
    }

    void group(String title) {
      if (pages.y() - ROW * 2 < PdfPages.MARGIN + 30) {
        pages.ensure(ROW * 4);
        header();
      }
      pages.down(ROW + 2);
      pages.text(PdfPages.MARGIN + 4, title, Style.BOLD, 10, ACCENT, PdfPages.WIDTH);
      row = 0;
    }

    void row(String... cells) {
      line(Style.REGULAR, cells);
    }

    void strong(String... cells) {
      line(Style.BOLD, cells);
    }

    private void line(Style style, String... cells) {
      float before = pages.y();
      pages.ensure(ROW);
      if (pages.y() > before) {
        header();
      }
      pages.down(ROW);
      if (row++ % 2 == 1) {
        pages.band(PdfPages.MARGIN, 5, PdfPages.WIDTH, ROW, BAND_FILL);
      }
      cells(cells, style, 9.5f, INK);
    }

    private void cells(String[] cells, Style style, float size, float[] rgb) {
      float x = PdfPages.MARGIN + 4;
      List<String> values = new ArrayList<>(List.of(cells));
      for (int i = 0; i < widths.length; i++) {
        pages.text(x, values.get(i), style, size, rgb, widths[i] - 8);
        x += widths[i];
      }
    }
  }
}
