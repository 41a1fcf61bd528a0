package dev.concierge.persistence;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.exchange.ImportStore;
import dev.concierge.core.persons.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * A persons import's reads (by key arrays, one statement each: {@code = any(:keys)} on the indexes
 * V25 adds) and writes (each table's rows as one {@code unnest} statement per {@value
 * ColumnArrays#CHUNK} rows). Joins the calling thread's transaction. Thread-safe.
 */
public final class JdbiImportStore implements ImportStore {
  private static final String EMAIL_MATCH =
      """
      from comm_identities
      where org_id = :orgId and channel_type = 'email' and deleted_at is null
        and lower(identity_value) = any(:emails)
      """;

  private final Jdbi jdbi;

  public JdbiImportStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Known known(
      UUID orgId,
      Collection<UUID> personIds,
      Collection<String> externalIds,
      Collection<String> emails) {
    return jdbi.withHandle(
        handle -> {
          Map<String, UUID> byEmail = new HashMap<>();
          handle
              .createQuery("select lower(identity_value) as address, person_id " + EMAIL_MATCH)
              .bind("orgId", orgId)
              .bindArray("emails", String.class, emails)
              .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
              .forEach(e -> byEmail.put(e.getKey(), e.getValue()));
          Set<UUID> wanted = new HashSet<>(personIds);
          wanted.addAll(byEmail.values());
          Map<UUID, Person> persons = new HashMap<>();
          Map<String, UUID> byExternalId = new HashMap<>();
          handle
              .createQuery(
                  "select "
                      + JdbiPersonStore.COLUMNS
                      + " from persons where org_id = :orgId and deleted_at is null"
                      + " and (person_id = any(:ids)"
                      + " or metadata_jsonb ->> 'external_id' = any(:externalIds))")
              .bind("orgId", orgId)
              .bindArray("ids", UUID.class, wanted)
              .bindArray("externalIds", String.class, externalIds)
              .map(JdbiPersonStore.PERSON)
              .forEach(
                  person -> {
                    persons.put(person.personId(), person);
                    Object externalId = person.metadata().values().get("external_id");
                    if (externalId != null) {
                      byExternalId.put(externalId.toString(), person.personId());
                    }
                  });
          // an address of a person deleted since is no match
          byEmail.values().removeIf(id -> !persons.containsKey(id));
          return new Known(
              persons,
              byExternalId,
              byEmail,
              dateTitles(handle, orgId, persons.keySet()),
              categories(handle, orgId));
        });
  }

  private static Map<UUID, Set<String>> dateTitles(Handle handle, UUID orgId, Set<UUID> persons) {
    Map<UUID, Set<String>> titles = new HashMap<>();
    handle
        .createQuery(
            "select person_id, lower(title) from date_items"
                + " where org_id = :orgId and deleted_at is null and person_id = any(:ids)")
        .bind("orgId", orgId)
        .bindArray("ids", UUID.class, persons)
        .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
        .forEach(e -> titles.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
    return titles;
  }

  private static Map<String, UUID> categories(Handle handle, UUID orgId) {
    Map<String, UUID> categories = new HashMap<>();
    handle
        .createQuery(
            "select lower(category_name), category_id from date_categories where org_id = :orgId")
        .bind("orgId", orgId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
        .forEach(e -> categories.put(e.getKey(), e.getValue()));
    return categories;
  }

  @Override
  public void write(
      UUID orgId,
      List<Person> created,
      List<Person> updated,
      List<NewEmail> emails,
      List<DateItem> dates) {
    // an import racing another to the same external id or address loses with a 409, not a 500
    SqlErrors.translate(
        "A person of the file was written by someone else meanwhile; import it again.",
        () -> {
          jdbi.useHandle(handle -> writeBatches(handle, orgId, created, updated, emails, dates));
          return null;
        });
  }

  private static void writeBatches(
      Handle handle,
      UUID orgId,
      List<Person> created,
      List<Person> updated,
      List<NewEmail> emails,
      List<DateItem> dates) {
    ColumnArrays.write(
        handle,
        """
        insert into persons (person_id, org_id, full_name, preferred_name, person_type, birthday,
                             timezone, metadata_jsonb)
        select id, :orgId, full_name, preferred_name, person_type, birthday, timezone, metadata
        from unnest(cast(:ids as uuid[]), cast(:fullNames as text[]),
                    cast(:preferredNames as text[]), cast(:types as text[]),
                    cast(:birthdays as date[]), cast(:zones as text[]), cast(:metadata as jsonb[]))
          as p(id, full_name, preferred_name, person_type, birthday, timezone, metadata)
        """,
        created,
        (update, rows) -> bindPersons(update.bind("orgId", orgId), rows));
    ColumnArrays.write(
        handle,
        """
        update persons set full_name = p.full_name, preferred_name = p.preferred_name,
                           person_type = p.person_type, birthday = p.birthday,
                           timezone = p.timezone, metadata_jsonb = p.metadata
        from unnest(cast(:ids as uuid[]), cast(:fullNames as text[]),
                    cast(:preferredNames as text[]), cast(:types as text[]),
                    cast(:birthdays as date[]), cast(:zones as text[]), cast(:metadata as jsonb[]))
          as p(id, full_name, preferred_name, person_type, birthday, timezone, metadata)
        where persons.org_id = :orgId and persons.person_id = p.id
          and persons.deleted_at is null
        """,
        updated,
        (update, rows) -> bindPersons(update.bind("orgId", orgId), rows));
    ColumnArrays.write(
        handle,
        """
        insert into comm_identities (comm_identity_id, org_id, person_id, channel_type,
                                     identity_value, is_primary)
        select id, :orgId, person_id, 'email', address, true
        from unnest(cast(:ids as uuid[]), cast(:personIds as uuid[]), cast(:addresses as text[]))
          as e(id, person_id, address)
        """,
        emails,
        (update, rows) ->
            update
                .bind("orgId", orgId)
                .bindArray("ids", UUID.class, rows.stream().map(NewEmail::commIdentityId).toList())
                .bindArray("personIds", UUID.class, rows.stream().map(NewEmail::personId).toList())
                .bindArray("addresses", String.class, ColumnArrays.text(rows, NewEmail::address)));
    ColumnArrays.write(
        handle,
        """
        insert into date_items (date_item_id, org_id, person_id, category_id, related_person_id,
                                title, date_value, recurrence_rule, leap_day_policy,
                                next_occurrence, notes, metadata_jsonb)
        select id, :orgId, person_id, category_id, related_person_id, title, date_value,
               recurrence_rule, leap_day_policy, next_occurrence, notes, metadata
        from unnest(cast(:ids as uuid[]), cast(:personIds as uuid[]),
                    cast(:categoryIds as uuid[]), cast(:relatedPersonIds as uuid[]),
                    cast(:titles as text[]), cast(:dateValues as date[]),
                    cast(:rules as text[]), cast(:leapDayPolicies as text[]),
                    cast(:nextOccurrences as date[]), cast(:notes as text[]),
                    cast(:metadata as jsonb[]))
          as d(id, person_id, category_id, related_person_id, title, date_value, recurrence_rule,
               leap_day_policy, next_occurrence, notes, metadata)
        """,
        dates,
        (update, rows) ->
            update
                .bind("orgId", orgId)
                .bindArray("ids", UUID.class, rows.stream().map(DateItem::dateItemId).toList())
                .bindArray("personIds", UUID.class, rows.stream().map(DateItem::personId).toList())
                .bindArray(
                    "categoryIds", UUID.class, rows.stream().map(DateItem::categoryId).toList())
                .bindArray(
                    "relatedPersonIds",
                    UUID.class,
                    rows.stream().map(DateItem::relatedPersonId).toList())
                .bindArray("titles", String.class, ColumnArrays.text(rows, DateItem::title))
                .bindArray("dateValues", String.class, ColumnArrays.text(rows, DateItem::dateValue))
                .bindArray("rules", String.class, ColumnArrays.text(rows, DateItem::recurrenceRule))
                .bindArray(
                    "leapDayPolicies",
                    String.class,
                    ColumnArrays.text(rows, item -> ColumnTypes.wireName(item.leapDayPolicy())))
                .bindArray(
                    "nextOccurrences",
                    String.class,
                    ColumnArrays.text(rows, DateItem::nextOccurrence))
                .bindArray("notes", String.class, ColumnArrays.text(rows, DateItem::notes))
                .bindArray(
                    "metadata",
                    String.class,
                    ColumnArrays.text(rows, item -> JsonColumns.write(item.metadata()))));
  }

  private static void bindPersons(Update update, List<Person> rows) {
    update
        .bindArray("ids", UUID.class, rows.stream().map(Person::personId).toList())
        .bindArray("fullNames", String.class, ColumnArrays.text(rows, Person::fullName))
        .bindArray("preferredNames", String.class, ColumnArrays.text(rows, Person::preferredName))
        .bindArray(
            "types",
            String.class,
            ColumnArrays.text(rows, person -> ColumnTypes.wireName(person.personType())))
        .bindArray("birthdays", String.class, ColumnArrays.text(rows, Person::birthday))
        .bindArray("zones", String.class, ColumnArrays.text(rows, Person::timezone))
        .bindArray(
            "metadata",
            String.class,
            ColumnArrays.text(rows, person -> JsonColumns.write(person.metadata())));
  }
}
