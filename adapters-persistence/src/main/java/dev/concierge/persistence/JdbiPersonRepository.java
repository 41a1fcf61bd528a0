package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.Person;
import dev.concierge.core.persons.PersonType;
import dev.concierge.core.ports.DeletePersonPort;
import dev.concierge.core.ports.ListPersonsPort;
import dev.concierge.core.ports.LoadPersonPort;
import dev.concierge.core.ports.SavePersonPort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Persons in PostgreSQL. Soft-deleted persons are invisible. Thread-safe. */
public final class JdbiPersonRepository
    implements LoadPersonPort, SavePersonPort, ListPersonsPort, DeletePersonPort {
  static final String COLUMNS =
      """
      person_id, org_id, full_name, preferred_name, person_type, birthday, timezone,
      metadata_jsonb, created_at, updated_at
      """;

  private final Jdbi jdbi;

  public JdbiPersonRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Person> loadPerson(UUID orgId, UUID personId) {
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
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public Person savePerson(Person person) {
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
                            :birthday, :timezone, cast(:metadata as jsonb))
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
                .bind("personId", person.personId())
                .bind("orgId", person.orgId())
                .bind("fullName", person.fullName())
                .bind("preferredName", person.preferredName())
                .bind("personType", person.personType().wireName())
                .bind("birthday", person.birthday())
                .bind("timezone", person.timezone().getId())
                .bind("metadata", JsonColumns.write(person.metadata()))
                .map((rs, ctx) -> map(rs))
                .findOne()
                .orElseThrow(() -> new NotFoundException("person", person.personId())));
  }

  @Override
  public Page<Person> listPersons(UUID orgId, PersonType personType, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    String where = "from persons where org_id = :orgId and deleted_at is null";
    if (personType != null) {
      where += " and person_type = :personType";
      binds.put("personType", personType.wireName());
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
                (rs, ctx) -> map(rs),
                page));
  }

  @Override
  public boolean deletePerson(UUID orgId, UUID personId) {
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

  /** A row of {@link #COLUMNS}. */
  static Person map(ResultSet rs) throws SQLException {
    return new Person(
        Columns.uuid(rs, "person_id"),
        Columns.uuid(rs, "org_id"),
        rs.getString("full_name"),
        rs.getString("preferred_name"),
        PersonType.fromWireName(rs.getString("person_type")).orElseThrow(),
        Columns.date(rs, "birthday"),
        Columns.zone(rs, "timezone"),
        JsonColumns.read(rs.getString("metadata_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
