package dev.concierge.persistence;

import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.preferences.Preference;
import dev.concierge.core.preferences.PreferenceQuery;
import dev.concierge.core.preferences.PreferenceStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Preferences in PostgreSQL ({@code person_preferences}); deleted ones are invisible. */
public final class JdbiPreferenceStore implements PreferenceStore {
  /** The columns of a {@link Preference}, named as its components for {@link #PREFERENCE}. */
  static final String COLUMNS =
      """
      preference_id, org_id, person_id, category, statement, source, source_message_id,
      captured_at, confirmed, created_by_type, created_by_id, created_by_name, created_at,
      updated_at
      """;

  static final RowMapper<Preference> PREFERENCE = ConstructorMapper.of(Preference.class);

  private static final String LIVE_OF_PERSON =
      "org_id = :orgId and person_id = :personId and deleted_at is null";

  private final Jdbi jdbi;

  public JdbiPreferenceStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Preference> find(UUID orgId, UUID personId, UUID preferenceId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + " from person_preferences where "
                        + LIVE_OF_PERSON
                        + " and preference_id = :id")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("id", preferenceId)
                .map(PREFERENCE)
                .findOne());
  }

  @Override
  public Page<Preference> list(UUID orgId, UUID personId, PreferenceQuery query, PageRequest page) {
    Map<String, Object> binds = new HashMap<>();
    binds.put("orgId", orgId);
    binds.put("personId", personId);
    StringBuilder where = new StringBuilder("from person_preferences where " + LIVE_OF_PERSON);
    if (query.category() != null) {
      where.append(" and category = :category");
      binds.put("category", ColumnTypes.wireName(query.category()));
    }
    if (query.confirmed() != null) {
      where.append(" and confirmed = :confirmed");
      binds.put("confirmed", query.confirmed());
    }
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                where.toString(),
                "captured_at desc, preference_id",
                binds,
                PREFERENCE,
                page));
  }

  @Override
  public Preference save(Preference preference) {
    return SqlErrors.translate(
        "That preference already exists.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into person_preferences (preference_id, org_id, person_id,
                              category, statement, source, source_message_id, captured_at,
                              confirmed, created_by_type, created_by_id, created_by_name)
                            values (:preferenceId, :orgId, :personId, :category, :statement,
                              :source, :sourceMessageId, :capturedAt, :confirmed, :createdByType,
                              :createdById, :createdByName)
                            on conflict (preference_id) do update set
                              category = excluded.category,
                              statement = excluded.statement,
                              confirmed = excluded.confirmed
                            where person_preferences.org_id = excluded.org_id
                              and person_preferences.person_id = excluded.person_id
                              and person_preferences.deleted_at is null
                            returning
                            """
                                + COLUMNS)
                        .bindMethods(preference)
                        .map(PREFERENCE)
                        .findOne()
                        .orElseThrow(
                            () -> new NotFoundException("preference", preference.preferenceId()))));
  }

  @Override
  public boolean delete(UUID orgId, UUID personId, UUID preferenceId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "update person_preferences set deleted_at = now() where "
                            + LIVE_OF_PERSON
                            + " and preference_id = :id")
                    .bind("orgId", orgId)
                    .bind("personId", personId)
                    .bind("id", preferenceId)
                    .execute())
        == 1;
  }
}
