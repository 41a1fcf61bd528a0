package dev.concierge.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's poppler-utils, which reads a PDF as a viewer would: {@code pdftotext} for its text and
 * {@code pdftoppm} for its pages as PNG. Without them a test is skipped, saying how to install
 * them.
 */
public final class Poppler {
  private Poppler() {}

  public static void assumeInstalled() {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/pdftoppm"))
            && Files.isExecutable(Path.of("/usr/bin/pdftotext")),
        "needs poppler-utils: apt-get install -y poppler-utils");
  }

  /** The text of every page, in reading order. */
  public static String text(Path pdf) throws IOException, InterruptedException {
    Path text = Files.createTempFile("report", ".txt");
    run("/usr/bin/pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), text.toString());
    return Files.readString(text, StandardCharsets.UTF_8);
  }

  /** Each page as {@code prefix-N.png} at 80 dpi; the files written. */
  public static List<Path> pages(Path pdf, Path prefix) throws IOException, InterruptedException {
    run("/usr/bin/pdftoppm", "-png", "-r", "80", pdf.toString(), prefix.toString());
    List<Path> pngs = new ArrayList<>();
    try (var files = Files.list(prefix.getParent())) {
      files
          .filter(f -> f.getFileName().toString().startsWith(prefix.getFileName() + "-"))
          .filter(f -> f.toString().endsWith(".png"))
          .sorted()
          .forEach(pngs::add);
    }
    return pngs;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(command[0] + " did not finish within 60 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IOException(command[0] + " failed: " + output);
    }
  }
}
