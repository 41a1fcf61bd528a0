package dev.concierge.persistence;

import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.organization.OrganizationSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Organizations in PostgreSQL. Thread-safe. */
public final class JdbiOrganizationStore implements OrganizationStore {
  /** The columns of an {@link Organization}, named as its components for {@link #ORGANIZATION}. */
  private static final String COLUMNS =
      """
      org_id, name, default_timezone, reminder_send_time, settings_jsonb as settings,
      created_at, updated_at
      """;

  private static final RowMapper<Organization> ORGANIZATION =
      ConstructorMapper.of(Organization.class);

  private final Jdbi jdbi;

  public JdbiOrganizationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Organization> find(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from organizations where org_id = :orgId")
                .bind("orgId", orgId)
                .map(ORGANIZATION)
                .findOne());
  }

  @Override
  public Organization save(Organization organization) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    insert into organizations
                      (org_id, name, default_timezone, reminder_send_time, settings_jsonb)
                    values (:orgId, :name, :defaultTimezone, :reminderSendTime, :settings)
                    on conflict (org_id) do update set
                      name = excluded.name,
                      default_timezone = excluded.default_timezone,
                      settings_jsonb = excluded.settings_jsonb
                    returning
                    """
                        + COLUMNS)
                .bindMethods(organization)
                .map(ORGANIZATION)
                .one());
  }

  @Override
  public List<OrganizationSummary> list() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select "
                        + COLUMNS
                        + """
                        , (select count(*) from persons p
                           where p.org_id = o.org_id and p.deleted_at is null) as persons
                        from organizations o
                        order by created_at, org_id
                        """)
                .map(
                    (rs, ctx) ->
                        new OrganizationSummary(ORGANIZATION.map(rs, ctx), rs.getLong("persons")))
                .list());
  }
}
