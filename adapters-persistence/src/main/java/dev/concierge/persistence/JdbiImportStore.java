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

/**
 * A persons import's reads (by key arrays, one statement each: {@code = any(:keys)} on the indexes
 * V25 adds) and writes (JDBC batches). Joins the calling thread's transaction. Thread-safe.
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
    Batches.run(
        handle,
        """
              insert into persons (person_id, org_id, full_name, preferred_name, person_type,
                                   birthday, timezone, metadata_jsonb)
              values (:personId, :orgId, :fullName, :preferredName, :personType,
                      :birthday, :timezone, :metadata)
              """,
        created,
        (batch, person) -> batch.bindMethods(person));
    Batches.run(
        handle,
        """
              update persons set full_name = :fullName, preferred_name = :preferredName,
                                 person_type = :personType, birthday = :birthday,
                                 timezone = :timezone, metadata_jsonb = :metadata
              where org_id = :orgId and person_id = :personId and deleted_at is null
              """,
        updated,
        (batch, person) -> batch.bindMethods(person));
    Batches.run(
        handle,
        """
              insert into comm_identities (comm_identity_id, org_id, person_id, channel_type,
                                           identity_value, is_primary)
              values (:commIdentityId, :orgId, :personId, 'email', :address, true)
              """,
        emails,
        (batch, email) -> batch.bindMethods(email).bind("orgId", orgId));
    Batches.run(
        handle,
        """
              insert into date_items (date_item_id, org_id, person_id, category_id,
                                      related_person_id, title, date_value, recurrence_rule,
                                      leap_day_policy, next_occurrence, notes, metadata_jsonb)
              values (:dateItemId, :orgId, :personId, :categoryId, :relatedPersonId, :title,
                      :dateValue, :recurrenceRule, :leapDayPolicy, :nextOccurrence, :notes,
                      :metadata)
              """,
        dates,
        (batch, item) -> batch.bindMethods(item));
  }
}
