package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.search.SearchText;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Persons in PostgreSQL. Soft-deleted persons are invisible. Thread-safe. */
public final class JdbiPersonStore implements PersonStore {
  /** The columns of a {@link Person}, named as its components for {@link #PERSON}. */
  static final String COLUMNS =
      """
      person_id, org_id, full_name, preferred_name, person_type, birthday, timezone,
      metadata_jsonb as metadata, created_at, updated_at
      """;

  /**
   * Read column by column rather than by {@code ConstructorMapper}, which works out a result set's
   * columns anew by reflection for every result set, or every row when a row is mapped alone (the
   * dashboard, exports): on the dashboard that was over half of what a request allocated
   * (docs/PERFORMANCE.md, "The dashboard without reflection").
   */
  static final RowMapper<Person> PERSON =
      (rs, ctx) ->
          new Person(
              rs.getObject("person_id", UUID.class),
              rs.getObject("org_id", UUID.class),
              rs.getString("full_name"),
              rs.getString("preferred_name"),
              ColumnTypes.wireNamed(PersonType.class, rs.getString("person_type")),
              rs.getObject("birthday", LocalDate.class),
              ColumnTypes.zone(rs.getString("timezone")),
              JsonColumns.read(rs.getString("metadata")),
              ColumnTypes.instant(rs, "created_at"),
              ColumnTypes.instant(rs, "updated_at"));

  private final Jdbi jdbi;

  public JdbiPersonStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Person> find(UUID orgId, UUID personId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from persons"
                        + " where org_id = :orgId and person_id = :personId and deleted_at is null")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .map(PERSON)
                .findOne());
  }

  @Override
  public Person save(Person person) {
    return SqlErrors.translate("That person already exists.", () -> insertOrUpdate(person));
  }

  private Person insertOrUpdate(Person person) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    insert into persons (person_id, org_id, full_name, preferred_name, person_type,
                                         birthday, timezone, metadata_jsonb)
                    values (:personId, :orgId, :fullName, :preferredName, :personType,
                            :birthday, :timezone, :metadata)
                    on conflict (person_id) do update set
                      full_name = excluded.full_name,
                      preferred_name = excluded.preferred_name,
                      person_type = excluded.person_type,
                      birthday = excluded.birthday,
                      timezone = excluded.timezone,
                      metadata_jsonb = excluded.metadata_jsonb
                    where persons.org_id = excluded.org_id and persons.deleted_at is null
                    returning
                    """
                        + COLUMNS)
                .bindMethods(person)
                .map(PERSON)
                .findOne()
                .orElseThrow(() -> new NotFoundException("person", person.personId())));
  }

  @Override
  public Page<Person> list(
      UUID orgId, PersonType personType, String nameContains, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    String where = "from persons where org_id = :orgId and deleted_at is null";
    if (personType != null) {
      where += " and person_type = :personType";
      binds.put("personType", personType);
    }
    if (nameContains != null) {
      // the name is a pattern's literal part: its own % and _ match only themselves
      where +=
          " and (full_name ilike :pattern escape '!' or preferred_name ilike :pattern escape '!')";
      binds.put("pattern", "%" + nameContains.replaceAll("[!%_]", "!$0") + "%");
    }
    String fromWhere = where;
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                fromWhere,
                "full_name, person_id",
                "person_id",
                binds,
                PERSON,
                page));
  }

  /**
   * By name as lists are; a misspelt name is close by pg_trgm's similarity (0.3 or more). Read as
   * the owner in the organization only ({@link TextIndexReads}), so the name indexes are used. The
   * total is counted up to {@link Page#COUNTED_UP_TO} past the page's start: a common name or word
   * matches thousands, and counting them all cost more than the page.
   */
  @Override
  public Page<Person> listMatching(
      UUID orgId, PersonType personType, SearchText name, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    binds.put("name", name.text());
    binds.put("pattern", "%" + name.text().replaceAll("[!%_]", "!$0") + "%");
    String where = "org_id = :orgId and deleted_at is null";
    if (personType != null) {
      where += " and person_type = :personType";
      binds.put("personType", personType);
    }
    // a name matches a few in a thousand, scattered through the list's order: read at once through
    // the indexes (Paging.pageMatching)
    Paging.Matching matching =
        new Paging.Matching(
            COLUMNS,
            "persons",
            where,
            null,
            """
            (search_vector @@ websearch_to_tsquery('english', :name)
             or full_name % :name or preferred_name % :name
             or full_name ilike :pattern escape '!' or preferred_name ilike :pattern escape '!')
            """,
            "full_name, person_id",
            "person_id");
    return TextIndexReads.inOrganization(
        jdbi, orgId, handle -> Paging.pageMatching(handle, matching, binds, PERSON, page));
  }

  @Override
  public boolean delete(UUID orgId, UUID personId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "update persons set deleted_at = now()"
                            + " where org_id = :orgId and person_id = :personId"
                            + " and deleted_at is null")
                    .bind("orgId", orgId)
                    .bind("personId", personId)
                    .execute())
        == 1;
  }
}
