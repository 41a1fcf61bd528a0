package dev.concierge.core.persons;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.Person;
import dev.concierge.core.model.PersonType;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.ports.DeletePersonPort;
import dev.concierge.core.ports.ListPersonsPort;
import dev.concierge.core.ports.LoadOrganizationPort;
import dev.concierge.core.ports.LoadPersonPort;
import dev.concierge.core.ports.SavePersonPort;
import dev.concierge.core.ports.TransactionPort;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;

/** Use cases of the people a concierge looks after: list, look up, add, change, remove. */
public final class PersonDirectory {
  private final LoadPersonPort load;
  private final SavePersonPort save;
  private final ListPersonsPort list;
  private final DeletePersonPort delete;
  private final LoadOrganizationPort organizations;
  private final TransactionPort transactions;
  private final PersonTimezoneListener timezoneListener;

  public PersonDirectory(
      LoadPersonPort load,
      SavePersonPort save,
      ListPersonsPort list,
      DeletePersonPort delete,
      LoadOrganizationPort organizations) {
    this(load, save, list, delete, organizations, Supplier::get, PersonTimezoneListener.NONE);
  }

  /**
   * @param timezoneListener told of a change of a person's zone in the transaction that saves it
   */
  public PersonDirectory(
      LoadPersonPort load,
      SavePersonPort save,
      ListPersonsPort list,
      DeletePersonPort delete,
      LoadOrganizationPort organizations,
      TransactionPort transactions,
      PersonTimezoneListener timezoneListener) {
    this.load = load;
    this.save = save;
    this.list = list;
    this.delete = delete;
    this.organizations = organizations;
    this.transactions = transactions;
    this.timezoneListener = timezoneListener;
  }

  public Page<Person> list(Caller caller, PersonType personType, PageRequest page) {
    return list.listPersons(caller.orgId(), personType, page);
  }

  public Person get(Caller caller, UUID personId) {
    return load.loadPerson(caller.orgId(), personId)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }

  public Person create(Caller caller, NewPerson person) {
    caller.requireWriter();
    ZoneId timezone =
        person.timezone() != null
            ? person.timezone()
            : organizations
                .loadOrganization(caller.orgId())
                .orElseThrow(() -> new NotFoundException("organization", caller.orgId()))
                .defaultTimezone();
    validate(person.fullName(), person.preferredName(), person.personType(), timezone);
    return save.savePerson(
        new Person(
            UUID.randomUUID(),
            caller.orgId(),
            person.fullName().strip(),
            person.preferredName(),
            person.personType(),
            person.birthday(),
            timezone,
            person.metadata(),
            null,
            null));
  }

  public Person update(Caller caller, UUID personId, PersonChanges changes) {
    caller.requireWriter();
    Person current = get(caller, personId);
    String fullName = changes.fullName().applyTo(current.fullName());
    String preferredName = changes.preferredName().applyTo(current.preferredName());
    PersonType personType = changes.personType().applyTo(current.personType());
    ZoneId timezone = changes.timezone().applyTo(current.timezone());
    validate(fullName, preferredName, personType, timezone);
    Metadata metadata = changes.metadata().applyTo(current.metadata());
    Person changed =
        new Person(
            personId,
            caller.orgId(),
            fullName.strip(),
            preferredName,
            personType,
            changes.birthday().applyTo(current.birthday()),
            timezone,
            metadata,
            current.createdAt(),
            current.updatedAt());
    if (timezone.equals(current.timezone())) {
      return save.savePerson(changed);
    }
    return transactions.inTransaction(
        () -> {
          Person saved = save.savePerson(changed);
          timezoneListener.timezoneChanged(caller.orgId(), personId);
          return saved;
        });
  }

  /** Soft delete: the person disappears from the API but their history stays. */
  public void delete(Caller caller, UUID personId) {
    caller.requireWriter();
    if (!delete.deletePerson(caller.orgId(), personId)) {
      throw new NotFoundException("person", personId);
    }
  }

  private static void validate(
      String fullName, String preferredName, PersonType personType, ZoneId timezone) {
    new FieldErrors()
        .required("full_name", fullName)
        .length("full_name", fullName, 1, 200)
        .length("preferred_name", preferredName, 0, 200)
        .required("person_type", personType)
        .required("timezone", timezone)
        .throwIfAny();
  }
}
