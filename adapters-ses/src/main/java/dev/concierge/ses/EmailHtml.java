package dev.concierge.ses;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTML alternative of a plain-text email. Mail clients that prefer HTML would otherwise reflow
 * the text into one block, so blank lines become paragraphs and single line breaks stay line
 * breaks; everything is escaped because the text is written by people, not templates.
 */
final class EmailHtml {

  private EmailHtml() {}

  static String fromText(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : normalized.split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add("<p>" + escape(paragraph.strip()).replace("\n", "<br>\n") + "</p>");
      }
    }
    return "<!DOCTYPE html>\n<html><body>\n" + String.join("\n", paragraphs) + "\n</body></html>";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
