package dev.concierge.core.testing;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.search.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link PersonStore} in a map, for fast tests of the rules; held to PostgreSQL's by the contract.
 */
public final class InMemoryPersonStore implements PersonStore {
  private final Map<UUID, Person> persons = new ConcurrentHashMap<>();
  private final Map<UUID, Instant> deleted = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryPersonStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Person> find(UUID orgId, UUID personId) {
    return Optional.ofNullable(persons.get(personId))
        .filter(p -> p.orgId().equals(orgId) && !deleted.containsKey(personId));
  }

  @Override
  public Page<Person> list(UUID orgId, PersonType type, String nameContains, PageRequest page) {
    String wanted = nameContains == null ? null : nameContains.toLowerCase(Locale.ROOT);
    List<Person> all =
        persons.values().stream()
            .filter(p -> p.orgId().equals(orgId) && !deleted.containsKey(p.personId()))
            .filter(p -> type == null || p.personType() == type)
            .filter(p -> wanted == null || named(p, wanted))
            .sorted(Comparator.comparing(Person::fullName).thenComparing(Person::personId))
            .toList();
    return Pages.of(all, page);
  }

  /** Contains or holds the words; no misspelt names (PostgreSQL's trigrams) here. */
  @Override
  public Page<Person> listMatching(
      UUID orgId, PersonType type, SearchText matching, PageRequest page) {
    String wanted = matching.text().toLowerCase(Locale.ROOT);
    return Pages.of(
        list(orgId, type, null, PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
            .filter(p -> named(p, wanted) || Words.holds(matching, p.fullName(), p.preferredName()))
            .toList(),
        page);
  }

  private static boolean named(Person person, String wanted) {
    return person.fullName().toLowerCase(Locale.ROOT).contains(wanted)
        || (person.preferredName() != null
            && person.preferredName().toLowerCase(Locale.ROOT).contains(wanted));
  }

  @Override
  public synchronized Person save(Person person) {
    Person existing = persons.get(person.personId());
    if (existing != null
        && (!existing.orgId().equals(person.orgId()) || deleted.containsKey(person.personId()))) {
      throw new NotFoundException("person", person.personId());
    }
    Instant now = clock.instant();
    Person stored = person.stored(existing == null ? now : existing.createdAt(), now);
    persons.put(stored.personId(), stored);
    return stored;
  }

  @Override
  public boolean delete(UUID orgId, UUID personId) {
    if (find(orgId, personId).isEmpty()) {
      return false;
    }
    deleted.put(personId, clock.instant());
    return true;
  }
}
