package dev.concierge.http.metrics;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads samples out of the Prometheus text format, matching labels as a set so that the tests do
 * not depend on the order the registry writes them in.
 */
public final class Scrape {
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})? (\\S+)$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final String text;

  public Scrape(String text) {
    this.text = text;
  }

  /** The value of the one sample with exactly these labels, if there is one. */
  public Optional<Double> value(String name, String... labelsAndValues) {
    Map<String, String> wanted = new TreeMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      wanted.put(labelsAndValues[i], labelsAndValues[i + 1]);
    }
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line);
      if (sample.matches()
          && sample.group(1).equals(name)
          && labels(sample.group(2)).equals(wanted)) {
        return Optional.of(Double.parseDouble(sample.group(3)));
      }
    }
    return Optional.empty();
  }

  /** Whether any sample of this name has this label value. */
  public boolean hasLabel(String name, String label, String value) {
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line);
      if (sample.matches()
          && sample.group(1).equals(name)
          && value.equals(labels(sample.group(2)).get(label))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> labels(String braces) {
    Map<String, String> labels = new TreeMap<>();
    if (braces != null) {
      Matcher label = LABEL.matcher(braces);
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
    }
    return labels;
  }

  @Override
  public String toString() {
    return text;
  }
}
