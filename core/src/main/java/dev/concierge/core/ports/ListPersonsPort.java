package dev.concierge.core.ports;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import java.util.UUID;

public interface ListPersonsPort {
  /** Live persons of the organization, optionally of one type, by name. */
  Page<Person> listPersons(UUID orgId, PersonType personType, PageRequest page);
}
