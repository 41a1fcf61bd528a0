package dev.concierge.core.persons;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.FieldErrors;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.search.SearchText;
import java.time.ZoneId;
import java.util.UUID;

/** Use cases of the people a concierge looks after: list, look up, add, change, remove. */
public final class PersonDirectory {
  private final PersonStore persons;
  private final OrganizationStore organizations;
  private final PersonTimezoneListener timezoneListener;
  private final AuditTrail audit;

  /**
   * @param timezoneListener told of a change of a person's zone in the transaction that saves it
   * @param audit records every change, in its transaction
   */
  public PersonDirectory(
      PersonStore persons,
      OrganizationStore organizations,
      PersonTimezoneListener timezoneListener,
      AuditTrail audit) {
    this.persons = persons;
    this.organizations = organizations;
    this.timezoneListener = timezoneListener;
    this.audit = audit;
  }

  public Page<Person> list(Caller caller, PersonType personType, PageRequest page) {
    return persons.list(caller.orgId(), personType, page);
  }

  /**
   * The persons whose full or preferred name contains {@code name}, ignoring case (all of them when
   * it is blank), optionally of one type, by name.
   */
  public Page<Person> search(Caller caller, String name, PersonType personType, PageRequest page) {
    String wanted = name == null || name.isBlank() ? null : name.strip();
    return persons.list(caller.orgId(), personType, wanted, page);
  }

  /**
   * The persons whose name matches {@code matching} as search finds it, optionally of one type; the
   * total counted up to {@link Page#COUNTED_UP_TO} past the page's start.
   */
  public Page<Person> list(
      Caller caller, PersonType personType, SearchText matching, PageRequest page) {
    return persons.listMatching(caller.orgId(), personType, matching, page);
  }

  public Person get(Caller caller, UUID personId) {
    return persons
        .find(caller.orgId(), personId)
        .orElseThrow(() -> new NotFoundException("person", personId));
  }

  public Person create(Caller caller, NewPerson person) {
    caller.requireWriter();
    ZoneId timezone =
        person.timezone() != null
            ? person.timezone()
            : organizations
                .find(caller.orgId())
                .orElseThrow(() -> new NotFoundException("organization", caller.orgId()))
                .defaultTimezone();
    validate(person.fullName(), person.preferredName(), person.personType(), timezone);
    Person created =
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
            null);
    return audit.created(
        caller, EntityType.PERSON, person, Person::personId, () -> persons.save(created));
  }

  public Person update(Caller caller, UUID personId, PersonChanges changes) {
    caller.requireWriter();
    Person current = get(caller, personId);
    String fullName = changes.fullName().applyTo(current.fullName());
    String preferredName = changes.preferredName().applyTo(current.preferredName());
    PersonType personType = changes.personType().applyTo(current.personType());
    ZoneId timezone = changes.timezone().applyTo(current.timezone());
    validate(fullName, preferredName, personType, timezone);
    Person changed =
        current.changed(
            fullName.strip(),
            preferredName,
            personType,
            changes.birthday().applyTo(current.birthday()),
            timezone,
            changes.metadata().applyTo(current.metadata()));
    boolean moved = !timezone.equals(current.timezone());
    return audit.updated(
        caller,
        EntityType.PERSON,
        personId,
        changes,
        () -> {
          Person saved = persons.save(changed);
          if (moved) {
            timezoneListener.timezoneChanged(caller.orgId(), personId);
          }
          return saved;
        });
  }

  /**
   * Soft delete: the person disappears from the API but their history stays. Only the person's row
   * is marked, so one audit entry says all of it.
   */
  public void delete(Caller caller, UUID personId) {
    caller.requireWriter();
    audit.deleted(
        caller,
        EntityType.PERSON,
        personId,
        () -> {
          if (!persons.delete(caller.orgId(), personId)) {
            throw new NotFoundException("person", personId);
          }
        });
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
