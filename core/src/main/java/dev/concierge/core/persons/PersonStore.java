package dev.concierge.core.persons;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the persons of every organization are kept. Each method works within one organization;
 * soft-deleted persons are invisible to all of them. Implementations are thread-safe.
 */
public interface PersonStore {
  Optional<Person> find(UUID orgId, UUID personId);

  /** One page of an organization's persons by name (then id), optionally of one type only. */
  default Page<Person> list(UUID orgId, PersonType type, PageRequest page) {
    return list(orgId, type, null, page);
  }

  /**
   * As {@link #list(UUID, PersonType, PageRequest)}, only those whose full or preferred name
   * contains {@code nameContains} (ignoring case) when that is given.
   */
  Page<Person> list(UUID orgId, PersonType type, String nameContains, PageRequest page);

  /**
   * As {@link #list(UUID, PersonType, PageRequest)}, only those whose name matches as search finds
   * it: it contains the text, holds its words, or is close to it (a misspelt name). The total is
   * counted only up to {@link Page#COUNTED_UP_TO} past the page's start ({@link
   * Page#countReachedBound}).
   */
  Page<Person> listMatching(UUID orgId, PersonType type, SearchText matching, PageRequest page);

  /**
   * Adds the person or replaces the one with its id, and returns it as stored (with its creation
   * and change times).
   *
   * @throws dev.concierge.core.errors.NotFoundException when the id is another organization's
   *     person or a deleted one
   */
  Person save(Person person);

  /** Marks the person deleted; false when there was no such (live) person. */
  boolean delete(UUID orgId, UUID personId);
}
