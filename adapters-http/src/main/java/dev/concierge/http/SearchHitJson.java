package dev.concierge.http;

import dev.concierge.core.search.SearchHit;
import java.util.UUID;

/** One search hit as the API shows it, with the path of the record it found. */
record SearchHitJson(
    String type, UUID id, String title, String snippet, double rank, UUID personId, String path) {

  static SearchHitJson of(SearchHit hit) {
    return new SearchHitJson(
        hit.type().wireName(),
        hit.id(),
        hit.title(),
        hit.snippet(),
        hit.rank(),
        hit.personId(),
        path(hit));
  }

  /**
   * Where the API answers the record; a message, which has no endpoint, its conversation's list.
   */
  private static String path(SearchHit hit) {
    return switch (hit.type()) {
      case PERSON -> "/api/v1/persons/" + hit.id();
      case DATE_ITEM -> "/api/v1/date-items/" + hit.id();
      case PROJECT -> "/api/v1/projects/" + hit.id();
      case TASK -> "/api/v1/projects/" + hit.parentId() + "/tasks/" + hit.id();
      case MESSAGE -> "/api/v1/conversations/" + hit.parentId() + "/messages";
      case RECOMMENDATION -> "/api/v1/recommendations/" + hit.id();
      case RESOURCE -> "/api/v1/" + hit.resourceType().wireName() + "s/" + hit.id();
    };
  }
}
