package dev.concierge.core.ports;

import dev.concierge.core.model.Person;
import dev.concierge.core.model.PersonType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.util.UUID;

public interface ListPersonsPort {
  /** Live persons of the organization, optionally of one type, by name. */
  Page<Person> listPersons(UUID orgId, PersonType personType, PageRequest page);
}
