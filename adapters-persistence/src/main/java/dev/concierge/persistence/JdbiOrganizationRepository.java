package dev.concierge.persistence;

import dev.concierge.core.organization.Organization;
import dev.concierge.core.organization.OrganizationStore;
import dev.concierge.core.organization.OrganizationSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Organizations in PostgreSQL. Thread-safe. */
public final class JdbiOrganizationRepository implements OrganizationStore {
  private static final String COLUMNS =
      """
      org_id, name, default_timezone, reminder_send_time, settings_jsonb, created_at, updated_at
      """;

  private final Jdbi jdbi;

  public JdbiOrganizationRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Organization> loadOrganization(UUID orgId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("select " + COLUMNS + " from organizations where org_id = :orgId")
                .bind("orgId", orgId)
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public Organization saveOrganization(Organization organization) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    update organizations
                    set name = :name, default_timezone = :zone,
                        settings_jsonb = cast(:settings as jsonb)
                    where org_id = :orgId
                    returning
                    """
                        + COLUMNS)
                .bind("orgId", organization.orgId())
                .bind("name", organization.name())
                .bind("zone", organization.defaultTimezone().getId())
                .bind("settings", JsonColumns.write(organization.settings()))
                .map((rs, ctx) -> map(rs))
                .one());
  }

  @Override
  public Organization createOrganization(Organization organization) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    insert into organizations
                      (org_id, name, default_timezone, reminder_send_time, settings_jsonb)
                    values (:orgId, :name, :zone, :sendTime, cast(:settings as jsonb))
                    returning
                    """
                        + COLUMNS)
                .bind("orgId", organization.orgId())
                .bind("name", organization.name())
                .bind("zone", organization.defaultTimezone().getId())
                .bind("sendTime", organization.reminderSendTime())
                .bind("settings", JsonColumns.write(organization.settings()))
                .map((rs, ctx) -> map(rs))
                .one());
  }

  @Override
  public List<OrganizationSummary> listOrganizations() {
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
                .map((rs, ctx) -> new OrganizationSummary(map(rs), rs.getLong("persons")))
                .list());
  }

  private static Organization map(ResultSet rs) throws SQLException {
    return new Organization(
        Columns.uuid(rs, "org_id"),
        rs.getString("name"),
        Columns.zone(rs, "default_timezone"),
        Columns.time(rs, "reminder_send_time"),
        JsonColumns.read(rs.getString("settings_jsonb")),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"));
  }
}
