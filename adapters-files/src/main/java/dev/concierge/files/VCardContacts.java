package dev.concierge.files;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.exchange.ContactCards;
import dev.concierge.core.exchange.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) contacts as rows of the persons table, read here (no
 * maintained vCard library resolves in our registry): lines are unfolded, values unescaped ({@code
 * \n}, {@code \,}, {@code \;}, {@code \\}), parameters may be quoted. Each card gives {@code
 * full_name} (FN, else N), {@code preferred_name} (the first NICKNAME), {@code email} (the
 * preferred EMAIL, else the first), {@code external_id} (UID), {@code timezone} (TZ, when an IANA
 * zone), {@code birthday} (BDAY) and {@code anniversary} (ANNIVERSARY, X-ANNIVERSARY, or Apple's
 * X-ABDATE labelled Anniversary in its group). Dates come as {@code 1985-03-15} or, without a year
 * ({@code --0315}, or Apple's year 1604 with X-APPLE-OMIT-YEAR), {@code --03-15}; a date that is
 * neither is passed on as written, for the import to report. vCard 2.1's quoted-printable is not
 * read.
 */
public final class VCardContacts implements ContactCards {
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})(T.*)?");
  private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");

  @Override
  public List<TableRow> read(InputStream in) {
    List<TableRow> rows = new ArrayList<>();
    List<Property> card = null;
    for (String line : unfolded(text(in))) {
      if (line.isBlank()) {
        continue;
      }
      Property property = Property.parse(line);
      if (property == null) {
        continue;
      }
      if (property.is("BEGIN") && property.value.equalsIgnoreCase("VCARD")) {
        card = new ArrayList<>();
      } else if (property.is("END") && property.value.equalsIgnoreCase("VCARD") && card != null) {
        rows.add(new TableRow(rows.size() + 1, cells(card)));
        card = null;
      } else if (card != null) {
        card.add(property);
      }
    }
    if (rows.isEmpty()) {
      throw new ValidationException("file", "holds no vCard (BEGIN:VCARD … END:VCARD)");
    }
    return rows;
  }

  private static String text(InputStream in) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(in.readAllBytes()))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ValidationException("file", "is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Content lines with their folds undone: a line that starts with a space or tab continues. */
  static List<String> unfolded(String text) {
    List<String> lines = new ArrayList<>();
    for (String physical : text.split("\r\n|\n|\r", -1)) {
      if (!lines.isEmpty() && (physical.startsWith(" ") || physical.startsWith("\t"))) {
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + physical.substring(1));
      } else {
        lines.add(physical);
      }
    }
    return lines;
  }

  private static Map<String, String> cells(List<Property> card) {
    Map<String, String> cells = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (Property p : card) {
      if (p.is("X-ABLABEL") && p.group != null) {
        labels.put(p.group, unescape(p.value));
      }
    }
    String email = null;
    String name = null;
    for (Property p : card) {
      switch (p.name) {
        case "FN" -> cells.putIfAbsent("full_name", unescape(p.value));
        case "N" -> name = nameFrom(p.value);
        case "NICKNAME" -> cells.putIfAbsent("preferred_name", unescape(split(p.value, ',')[0]));
        case "UID" -> cells.putIfAbsent("external_id", unescape(p.value));
        case "EMAIL" -> {
          if (email == null || p.preferred()) {
            email = unescape(p.value);
          }
        }
        case "TZ" -> {
          String zone = unescape(p.value);
          if (ZoneId.getAvailableZoneIds().contains(zone)) {
            cells.putIfAbsent("timezone", zone);
          }
        }
        case "BDAY" -> cells.putIfAbsent("birthday", date(p));
        case "ANNIVERSARY", "X-ANNIVERSARY" -> cells.putIfAbsent("anniversary", date(p));
        case "X-ABDATE" -> {
          String label = labels.getOrDefault(p.group, "").toLowerCase(Locale.ROOT);
          if (label.contains("anniversary")) {
            cells.putIfAbsent("anniversary", date(p));
          }
        }
        default -> {
          // what a concierge's persons do not keep (addresses, phones, photos) is left out
        }
      }
    }
    if (!cells.containsKey("full_name") && name != null) {
      cells.put("full_name", name);
    }
    if (email != null) {
      cells.put("email", email);
    }
    return cells;
  }

  /** "Given Family" from N's family;given;additional;prefix;suffix. */
  private static String nameFrom(String value) {
    String[] parts = split(value, ';');
    String family = parts.length > 0 ? unescape(parts[0]).strip() : "";
    String given = parts.length > 1 ? unescape(parts[1]).strip() : "";
    String joined = (given + " " + family).strip();
    return joined.isEmpty() ? null : joined;
  }

  private static String date(Property p) {
    String value = unescape(p.value).strip();
    Matcher noYear = NO_YEAR.matcher(value);
    if (noYear.matches()) {
      return "--" + noYear.group(1) + "-" + noYear.group(2);
    }
    Matcher full = FULL_DATE.matcher(value);
    if (full.matches()) {
      String omitted = p.parameters.get("X-APPLE-OMIT-YEAR");
      if (full.group(1).equals(omitted)) {
        return "--" + full.group(2) + "-" + full.group(3);
      }
      return full.group(1) + "-" + full.group(2) + "-" + full.group(3);
    }
    return value;
  }

  /** Splits on {@code separator} where it is not escaped; the parts keep their escapes. */
  private static String[] split(String value, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        part.append(c).append(value.charAt(++i));
      } else if (c == separator) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts.toArray(String[]::new);
  }

  static String unescape(String value) {
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        text.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** One content line: {@code [group.]NAME *(;PARAM=value) : value}, the name upper-cased. */
  private record Property(String group, String name, Map<String, String> parameters, String value) {
    static Property parse(String line) {
      int colon = -1;
      boolean quoted = false;
      for (int i = 0; i < line.length() && colon < 0; i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ':' && !quoted) {
          colon = i;
        }
      }
      if (colon < 0) {
        return null;
      }
      List<String> head = new ArrayList<>();
      StringBuilder part = new StringBuilder();
      quoted = false;
      for (char c : line.substring(0, colon).toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ';' && !quoted) {
          head.add(part.toString());
          part.setLength(0);
        } else {
          part.append(c);
        }
      }
      head.add(part.toString());
      String name = head.get(0).strip().toUpperCase(Locale.ROOT);
      String group = null;
      int dot = name.indexOf('.');
      if (dot >= 0) {
        group = name.substring(0, dot);
        name = name.substring(dot + 1);
      }
      Map<String, String> parameters = new HashMap<>();
      for (String parameter : head.subList(1, head.size())) {
        int equals = parameter.indexOf('=');
        String key =
            (equals < 0 ? "TYPE" : parameter.substring(0, equals)).toUpperCase(Locale.ROOT);
        String value = equals < 0 ? parameter : parameter.substring(equals + 1);
        parameters.merge(key.strip(), value.strip(), (a, b) -> a + "," + b);
      }
      return new Property(group, name, parameters, line.substring(colon + 1));
    }

    boolean is(String propertyName) {
      return name.equals(propertyName);
    }

    /** TYPE=pref (3.0) or PREF=1 (4.0). */
    boolean preferred() {
      return parameters.getOrDefault("TYPE", "").toLowerCase(Locale.ROOT).contains("pref")
          || parameters.containsKey("PREF");
    }
  }
}
