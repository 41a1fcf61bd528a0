package dev.concierge.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages written top to bottom: text at a cursor that moves down, a new page when the next block
 * does not fit, and "page N of M" on every page once all are written. Text is drawn in DejaVu Sans,
 * falling back glyph by glyph to Droid Sans Fallback (Chinese, Japanese, Korean) and to "?" for
 * what neither has. Not thread-safe: one per document.
 */
final class PdfPages implements AutoCloseable {
  static final float MARGIN = 50;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 30;

  /** Font styles, each backed by its own font and the shared fallback. */
  enum Style {
    REGULAR,
    BOLD
  }

  private final PDDocument document = new PDDocument();
  private final Map<Style, PDFont> fonts = new HashMap<>();

  /** Loaded when a text first needs it: 4 MB to parse, which most reports never do. */
  private PDFont fallback;

  private final Map<Integer, PDFont> fontOfCodePoint = new HashMap<>();
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream content;
  private float y;

  PdfPages() {
    fonts.put(Style.REGULAR, load("DejaVuSans.ttf"));
    fonts.put(Style.BOLD, load("DejaVuSans-Bold.ttf"));
    newPage();
  }

  private PDFont load(String name) {
    try (InputStream in = PdfPages.class.getResourceAsStream("fonts/" + name)) {
      return PDType0Font.load(document, in, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDDocument document() {
    return document;
  }

  /** Moves to a new page unless {@code height} points still fit on this one. */
  void ensure(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void down(float points) {
    y -= points;
  }

  float y() {
    return y;
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pages.add(page);
      content = new PDPageContentStream(document, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text with its baseline at the cursor, from {@code x}, cut with "…" to {@code maxWidth}. */
  void text(float x, String text, Style style, float size, float[] rgb, float maxWidth) {
    String fitted = fit(text, style, size, maxWidth);
    try {
      content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
      float at = x;
      for (Run run : runs(fitted, style)) {
        content.beginText();
        content.setFont(run.font, size);
        content.newLineAtOffset(at, y);
        content.showText(run.text);
        content.endText();
        at += run.font.getStringWidth(run.text) / 1000 * size;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A filled rectangle from the cursor's baseline {@code below} points down, {@code height} high.
   */
  void band(float x, float below, float width, float height, float[] rgb) {
    try {
      content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
      content.addRect(x, y - below, width, height);
      content.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A horizontal rule at the cursor. */
  void rule(float[] rgb, float thickness) {
    try {
      content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
      content.setLineWidth(thickness);
      content.moveTo(MARGIN, y);
      content.lineTo(MARGIN + WIDTH, y);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  float width(String text, Style style, float size) {
    float width = 0;
    for (Run run : runs(text, style)) {
      try {
        width += run.font.getStringWidth(run.text) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return width;
  }

  private String fit(String text, Style style, float size, float maxWidth) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (width(flat, style, size) <= maxWidth) {
      return flat;
    }
    int end = flat.length();
    while (end > 0 && width(flat.substring(0, end) + "…", style, size) > maxWidth) {
      end = flat.offsetByCodePoints(end, -1);
    }
    return flat.substring(0, end).stripTrailing() + "…";
  }

  private record Run(PDFont font, String text) {}

  /** The text cut where its font changes: the style's own, else the fallback, else "?". */
  private List<Run> runs(String text, Style style) {
    PDFont primary = fonts.get(style);
    List<Run> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    PDFont current = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      String glyph = new String(Character.toChars(codePoint));
      PDFont font = canShow(primary, codePoint) ? primary : fontFor(codePoint);
      if (font == null) {
        font = primary;
        glyph = "?";
      }
      if (font != current && run.length() > 0) {
        runs.add(new Run(current, run.toString()));
        run.setLength(0);
      }
      current = font;
      run.append(glyph);
    }
    if (run.length() > 0) {
      runs.add(new Run(current, run.toString()));
    }
    return runs;
  }

  private PDFont fontFor(int codePoint) {
    return fontOfCodePoint.computeIfAbsent(
        codePoint, c -> canShow(fallback(), c) ? fallback : null);
  }

  private PDFont fallback() {
    if (fallback == null) {
      fallback = load("DroidSansFallbackFull.ttf");
    }
    return fallback;
  }

  private static boolean canShow(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return codePoint >= 0x20;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Writes "{@code left} · page N of M" at the foot of every page. */
  void footers(String left, float[] rgb) {
    try {
      content.close();
      content = null;
      for (int i = 0; i < pages.size(); i++) {
        try (var foot =
            new PDPageContentStream(
                document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
          content = foot;
          y = MARGIN;
          String number = "page " + (i + 1) + " of " + pages.size();
          text(MARGIN, left, Style.REGULAR, 8, rgb, WIDTH - 80);
          text(MARGIN + WIDTH - width(number, Style.REGULAR, 8), number, Style.REGULAR, 8, rgb, 80);
        }
      }
      content = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
