package dev.concierge.core.search;

import dev.concierge.core.catalogue.ResourceType;
import java.util.UUID;

/**
 * One record a search found.
 *
 * @param type what kind of record
 * @param id its id
 * @param parentId what it is kept under, for the kinds kept under another: a task's project, a
 *     message's conversation; otherwise null
 * @param resourceType a catalogue entry's kind (its collection); otherwise null
 * @param personId the person it is about (a person's own id for a person); null for a catalogue
 *     entry, which is nobody's
 * @param title what to call it: a name, a title, a message's conversation subject or person
 * @param snippet the text around the words found, each found word between {@code **}
 * @param rank how well it matches, higher first: names and titles weigh more than notes, notes more
 *     than messages; a name's closeness to a misspelling counts as its rank
 */
public record SearchHit(
    SearchType type,
    UUID id,
    UUID parentId,
    ResourceType resourceType,
    UUID personId,
    String title,
    String snippet,
    double rank) {}
