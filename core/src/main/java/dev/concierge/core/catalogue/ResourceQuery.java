package dev.concierge.core.catalogue;

/**
 * Filters of a catalogue list; each null one does not filter.
 *
 * @param city equal to the entry's city, ignoring case
 * @param tag one of the entry's tags
 * @param nameContains part of the entry's name, ignoring case
 */
public record ResourceQuery(String city, String tag, String nameContains) {
  public static final ResourceQuery ALL = new ResourceQuery(null, null, null);
}
