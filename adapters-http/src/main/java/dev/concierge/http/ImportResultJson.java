package dev.concierge.http;

import dev.concierge.core.calendar.ImportResult;
import java.util.List;
import java.util.UUID;

/** What importing one event of a calendar file did. */
record ImportResultJson(
    String uid,
    String summary,
    String status,
    UUID date_item_id,
    String reason,
    List<String> warnings) {

  static ImportResultJson of(ImportResult result) {
    return new ImportResultJson(
        result.uid(),
        result.summary(),
        result.status().wireName(),
        result.dateItemId(),
        result.reason(),
        result.warnings());
  }
}
