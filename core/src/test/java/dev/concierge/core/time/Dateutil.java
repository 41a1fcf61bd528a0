package dev.concierge.core.time;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs python-dateutil over a batch of cases in one process (dateutil_expand.py). The interpreter
 * is {@code python3} unless the system property {@code dateutil.python} names another.
 */
final class Dateutil {

  /** dateutil's answer for one case. */
  record Answer(String status, List<String> occurrences, String message) {}

  record Batch(String version, Map<Integer, Answer> answers) {}

  private Dateutil() {}

  static String python() {
    return System.getProperty("dateutil.python", "python3");
  }

  /** Expands every case, split over one Python process per core (each answers its share). */
  static Batch expand(List<RandomRules.Case> cases) {
    int processes = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    List<Running> running = new ArrayList<>();
    for (int i = 0; i < processes; i++) {
      int from = cases.size() * i / processes;
      int to = cases.size() * (i + 1) / processes;
      running.add(start(cases.subList(from, to)));
    }
    Map<Integer, Answer> answers = new HashMap<>();
    String version = "";
    for (Running process : running) {
      Batch batch = process.finish();
      answers.putAll(batch.answers());
      version = batch.version();
    }
    return new Batch(version, answers);
  }

  /** A started interpreter that has been given all its input. */
  private record Running(Process process, Path errors) {
    Batch finish() {
      try {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
          throw new AssertionError(
              "dateutil_expand.py failed (exit "
                  + (process.isAlive() ? "timeout" : process.exitValue())
                  + "): "
                  + Files.readString(errors));
        }
        Files.deleteIfExists(errors);
        return parse(output);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Running start(List<RandomRules.Case> cases) {
    try {
      Path errors = Files.createTempFile("dateutil", ".err");
      Process process =
          new ProcessBuilder(python(), script().toString()).redirectError(errors.toFile()).start();
      // The script reads all of its input before it writes anything, so this cannot deadlock.
      try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
        for (RandomRules.Case c : cases) {
          in.write(
              c.id()
                  + "\t"
                  + RuleText.DATE_TIME.format(c.start())
                  + "\t"
                  + (c.zone() == null ? "-" : c.zone().getId())
                  + "\t"
                  + c.limit()
                  + "\t"
                  + c.lastYear()
                  + "\t"
                  + c.rule()
                  + "\n");
        }
      }
      return new Running(process, errors);
    } catch (IOException e) {
      throw new AssertionError(
          "could not run "
              + python()
              + " for the dateutil differential test; install Python 3 and python-dateutil"
              + " (Debian: apt-get install -y python3-dateutil)",
          e);
    }
  }

  private static Batch parse(String output) {
    String[] lines = output.split("\n");
    Map<Integer, Answer> answers = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] fields = lines[i].split("\t", -1);
      String status = fields[1];
      List<String> occurrences =
          status.equals("ERROR") || fields[2].isEmpty() ? List.of() : List.of(fields[2].split(","));
      answers.put(
          Integer.parseInt(fields[0]),
          new Answer(status, occurrences, status.equals("ERROR") ? fields[2] : ""));
    }
    return new Batch(lines[0], answers);
  }

  private static Path script() {
    try {
      return Path.of(Dateutil.class.getResource("dateutil_expand.py").toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new AssertionError("dateutil_expand.py is not on the test classpath as a file", e);
    }
  }

  /** Fails, with the fix, unless the interpreter runs and imports dateutil. */
  static void requireAvailable() {
    try {
      Process process =
          new ProcessBuilder(python(), "-c", "import dateutil.rrule")
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError(
            python()
                + " cannot import python-dateutil, which the differential test needs as its"
                + " reference. Install it (Debian/Ubuntu: apt-get install -y python3-dateutil) or"
                + " point -Ddateutil.python at an interpreter that has it. Output: "
                + output);
      }
    } catch (IOException e) {
      throw new AssertionError(
          "the differential test needs Python 3 with python-dateutil, but "
              + python()
              + " could not be started (Debian/Ubuntu: apt-get install -y python3"
              + " python3-dateutil)",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
