package dev.concierge.core.reports;

import java.io.OutputStream;

/** Draws a {@link ClientReport} as a document (a PDF); an adapter implements it. */
public interface ReportRenderer {
  /** Writes the document to {@code out}, which stays open. */
  void render(ClientReport report, OutputStream out);
}
