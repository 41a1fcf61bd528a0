package dev.concierge.ical;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1: content lines end in CRLF and are folded so that no line is longer than 75 octets,
 * continuation lines starting with a space. ical4j folds at 75 characters, which a line of accented
 * or CJK text overruns in UTF-8; we fold by octets, never inside a character.
 */
final class LineFolding {
  static final int MAX_OCTETS = 75;

  private LineFolding() {}

  /** {@code unfolded} (lines separated by CRLF) with every line folded. */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    for (String line : unfolded.split("\r\n")) {
      foldLine(line, out);
    }
    return out.toString();
  }

  private static void foldLine(String line, StringBuilder out) {
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > limit) {
        out.append("\r\n ");
        octets = 0;
        limit = MAX_OCTETS - 1; // the leading space counts
      }
      out.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
