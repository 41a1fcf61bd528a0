package dev.concierge.core.calendar;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome for one event of an imported file.
 *
 * @param dateItemId the item created, updated or left unchanged; null when skipped
 * @param reason why it was skipped; null otherwise
 * @param warnings what of the event the date item does not keep
 */
public record ImportResult(
    String uid,
    String summary,
    ImportStatus status,
    UUID dateItemId,
    String reason,
    List<String> warnings) {
  public ImportResult {
    Objects.requireNonNull(status, "status");
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  static ImportResult skipped(ImportedEvent event, String reason) {
    return new ImportResult(
        event.uid(), event.summary(), ImportStatus.SKIPPED, null, reason, event.warnings());
  }

  static ImportResult done(ImportedEvent event, ImportStatus status, UUID dateItemId) {
    return new ImportResult(
        event.uid(), event.summary(), status, dateItemId, null, event.warnings());
  }
}
