package dev.concierge.persistence;

import dev.concierge.core.model.Organization;
import dev.concierge.core.ports.LoadOrganizationPort;
import dev.concierge.core.ports.SaveOrganizationPort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Organizations in PostgreSQL. Thread-safe. */
public final class JdbiOrganizationRepository
    implements LoadOrganizationPort, SaveOrganizationPort {
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
