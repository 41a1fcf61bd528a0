package dev.concierge.core.exchange;

import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditStore;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.dates.DateItem;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.time.LeapDayPolicy;
import dev.concierge.core.time.Today;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: persons from a CSV file or from vCards, with their birthdays and anniversaries as
 * yearly dates. Every row is checked before anything is written, and against what the organization
 * already has; when any row is invalid nothing is imported (a {@link ValidationException} names
 * every row and reason), unless {@code skipInvalid} imports the valid rows and reports the rest.
 *
 * <p>A row matches an existing person by {@code person_id}, then {@code external_id}, then {@code
 * email}, so a file imports once however often it is run, and an export re-imports onto the rows it
 * came from. A matched person takes the row's non-blank values (a blank cell keeps what the person
 * has); a person the import creates gets the row's email as primary address. A person gets a yearly
 * date for a birthday or anniversary unless they have a date of that title already. A {@code
 * person_id} the organization does not know (another installation's export) becomes the new
 * person's external id when the row has none, so that file too imports once.
 *
 * <p>The writes run in one transaction, in batches, with one audit entry per row written.
 */
public final class PersonImport {
  /** At most this many reasons are reported; a file of bad rows says so in the last. */
  static final int MAX_ERRORS = 1000;

  private final ImportStore store;
  private final OrganizationStore organizations;
  private final AuditStore audit;
  private final Transactions transactions;
  private final TableFormat tables;
  private final ContactCards cards;
  private final Clock clock;

  public PersonImport(
      ImportStore store,
      OrganizationStore organizations,
      AuditStore audit,
      Transactions transactions,
      TableFormat tables,
      ContactCards cards,
      Clock clock) {
    this.store = store;
    this.organizations = organizations;
    this.audit = audit;
    this.transactions = transactions;
    this.tables = tables;
    this.cards = cards;
    this.clock = clock;
  }

  /** Persons from a CSV file with the columns the persons export writes. */
  public ImportReport fromCsv(Caller caller, InputStream csv, boolean skipInvalid) {
    caller.requireWriter();
    List<TableRow> rows = tables.read(csv);
    List<FieldError> unknown = PersonRows.unknownColumns(rows);
    if (!unknown.isEmpty()) {
      throw new ValidationException(unknown);
    }
    return importRows(caller, rows, skipInvalid);
  }

  /** Persons from vCards (3.0 or 4.0), with their birthdays and anniversaries. */
  public ImportReport fromVCards(Caller caller, InputStream vcf, boolean skipInvalid) {
    caller.requireWriter();
    return importRows(caller, cards.read(vcf), skipInvalid);
  }

  private ImportReport importRows(Caller caller, List<TableRow> rows, boolean skipInvalid) {
    ZoneId orgZone =
        organizations
            .find(caller.orgId())
            .orElseThrow(() -> new NotFoundException("organization", caller.orgId()))
            .defaultTimezone();
    return transactions.inTransaction(
        () -> {
          PersonRows.Checked checked = PersonRows.check(rows);
          Plan plan = new Plan(caller, orgZone, known(caller.orgId(), checked.valid()));
          checked.valid().forEach(plan::add);
          List<FieldError> errors = new ArrayList<>(checked.errors());
          errors.addAll(plan.errors);
          if (!errors.isEmpty() && !skipInvalid) {
            throw new ValidationException(capped(errors));
          }
          Set<Integer> skipped = new java.util.TreeSet<>(checked.invalidRows());
          skipped.addAll(plan.invalidRows);
          store.write(caller.orgId(), plan.created, plan.updated, plan.emails, plan.dates);
          audit.appendAll(plan.entries);
          return new ImportReport(
              rows.size(),
              plan.created.size(),
              plan.updated.size(),
              plan.unchanged,
              plan.dates.size(),
              List.copyOf(skipped),
              capped(errors));
        });
  }

  private ImportStore.Known known(UUID orgId, List<ImportedPerson> rows) {
    Set<UUID> ids = new HashSet<>();
    Set<String> externalIds = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (ImportedPerson row : rows) {
      if (row.personId() != null) {
        ids.add(row.personId());
        // another installation's id is this one's external id
        externalIds.add(row.personId().toString());
      }
      if (row.externalId() != null) {
        externalIds.add(row.externalId());
      }
      if (row.email() != null) {
        emails.add(row.email().toLowerCase(Locale.ROOT));
      }
    }
    return store.known(orgId, ids, externalIds, emails);
  }

  private static List<FieldError> capped(List<FieldError> errors) {
    if (errors.size() <= MAX_ERRORS) {
      return errors;
    }
    List<FieldError> first = new ArrayList<>(errors.subList(0, MAX_ERRORS - 1));
    first.add(
        new FieldError(
            "file", "and " + (errors.size() - MAX_ERRORS + 1) + " more errors not listed"));
    return first;
  }

  /** The writes the checked rows come to, and the rows that contradict what is stored. */
  private final class Plan {
    private final Caller caller;
    private final ZoneId orgZone;
    private final ImportStore.Known known;
    private final Map<UUID, Integer> rowOfPerson = new HashMap<>();
    final List<Person> created = new ArrayList<>();
    final List<Person> updated = new ArrayList<>();
    final List<ImportStore.NewEmail> emails = new ArrayList<>();
    final List<DateItem> dates = new ArrayList<>();
    final List<AuditEntry> entries = new ArrayList<>();
    final List<FieldError> errors = new ArrayList<>();
    final Set<Integer> invalidRows = new HashSet<>();
    int unchanged;

    Plan(Caller caller, ZoneId orgZone, ImportStore.Known known) {
      this.caller = caller;
      this.orgZone = orgZone;
      this.known = known;
    }

    void add(ImportedPerson row) {
      UUID byId =
          row.personId() != null && known.persons().containsKey(row.personId())
              ? row.personId()
              : null;
      String externalId =
          row.externalId() == null && row.personId() != null && byId == null
              ? row.personId().toString()
              : row.externalId();
      UUID byExternalId = externalId == null ? null : known.byExternalId().get(externalId);
      UUID byEmail =
          row.email() == null ? null : known.byEmail().get(row.email().toLowerCase(Locale.ROOT));
      UUID match = byId != null ? byId : byExternalId != null ? byExternalId : byEmail;
      int before = errors.size();
      if (match != null && byExternalId != null && !byExternalId.equals(match)) {
        reject(row, "external_id", "is another person's (" + byExternalId + ")");
      }
      if (match != null && byEmail != null && !byEmail.equals(match)) {
        reject(row, "email", "is another person's address (" + byEmail + ")");
      }
      Integer earlier = match == null ? null : rowOfPerson.putIfAbsent(match, row.row());
      if (earlier != null) {
        reject(row, "person_id", "names the same person as row " + earlier);
      }
      if (errors.size() > before) {
        invalidRows.add(row.row());
        return;
      }
      Person person =
          match == null
              ? create(row, externalId)
              : update(known.persons().get(match), row, externalId);
      addDates(person, row);
    }

    private void reject(ImportedPerson row, String column, String message) {
      errors.add(new FieldError("row " + row.row() + "." + column, message));
    }

    private Person create(ImportedPerson row, String externalId) {
      Metadata metadata =
          externalId == null
              ? Metadata.EMPTY
              : Metadata.EMPTY.with(ExportedPerson.EXTERNAL_ID, externalId);
      Person person =
          new Person(
              UUID.randomUUID(),
              caller.orgId(),
              row.fullName(),
              row.preferredName(),
              row.personType() == null ? PersonType.CLIENT : row.personType(),
              row.birthday(),
              row.timezone() == null ? orgZone : row.timezone(),
              metadata,
              null,
              null);
      created.add(person);
      entries.add(
          AuditEntry.of(
              caller, AuditAction.CREATE, EntityType.PERSON, person.personId(), fields(row)));
      if (row.email() != null) {
        var email = new ImportStore.NewEmail(UUID.randomUUID(), person.personId(), row.email());
        emails.add(email);
        entries.add(
            AuditEntry.of(
                caller,
                AuditAction.CREATE,
                EntityType.COMM_IDENTITY,
                email.commIdentityId(),
                List.of("person_id", "channel_type", "identity_value", "is_primary")));
      }
      return person;
    }

    private Person update(Person current, ImportedPerson row, String externalId) {
      Metadata metadata =
          externalId == null
              ? current.metadata()
              : current.metadata().with(ExportedPerson.EXTERNAL_ID, externalId);
      Person changed =
          current.changed(
              row.fullName(),
              row.preferredName() == null ? current.preferredName() : row.preferredName(),
              row.personType() == null ? current.personType() : row.personType(),
              row.birthday() == null ? current.birthday() : row.birthday(),
              row.timezone() == null ? current.timezone() : row.timezone(),
              metadata);
      if (changed.equals(current)) {
        unchanged++;
        return current;
      }
      updated.add(changed);
      entries.add(
          AuditEntry.of(
              caller, AuditAction.UPDATE, EntityType.PERSON, current.personId(), fields(row)));
      return changed;
    }

    private void addDates(Person person, ImportedPerson row) {
      Set<String> titles = known.dateTitles().getOrDefault(person.personId(), Set.of());
      LocalDate today = Today.in(person.timezone(), clock);
      for (YearlyDate date : row.dates()) {
        if (titles.contains(date.title().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Metadata metadata = Metadata.EMPTY.with("imported", true);
        if (date.year() == null) {
          metadata = metadata.with("year_unknown", true);
        }
        DateItem item =
            new DateItem(
                UUID.randomUUID(),
                caller.orgId(),
                person.personId(),
                known.categories().get(date.title().toLowerCase(Locale.ROOT)),
                null,
                date.title(),
                date.start(today),
                YearlyDate.RULE,
                LeapDayPolicy.FEB_28,
                date.nextOccurrence(today).orElse(null),
                null,
                metadata,
                null,
                null);
        dates.add(item);
        entries.add(
            AuditEntry.of(
                caller,
                AuditAction.CREATE,
                EntityType.DATE_ITEM,
                item.dateItemId(),
                List.of("person_id", "title", "date_value", "recurrence_rule")));
      }
    }

    /** The columns a row gave, as the audit log names a write's fields. */
    private List<String> fields(ImportedPerson row) {
      List<String> names = new ArrayList<>();
      names.add("full_name");
      if (row.preferredName() != null) {
        names.add("preferred_name");
      }
      if (row.personType() != null) {
        names.add("person_type");
      }
      if (row.birthday() != null) {
        names.add("birthday");
      }
      if (row.timezone() != null) {
        names.add("timezone");
      }
      if (row.externalId() != null) {
        names.add("metadata_jsonb");
      }
      return names;
    }
  }
}
