package dev.concierge.persistence;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.exchange.ExportStore;
import dev.concierge.core.exchange.ExportedPerson;
import dev.concierge.core.reminders.ReminderRule;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Exports read with a server-side cursor ({@code FETCH_SIZE} rows at a time; inside a transaction,
 * which is what makes PostgreSQL's driver use one): a 100,000-row export holds one batch in memory,
 * and, being one statement, sees one snapshot. Thread-safe.
 */
public final class JdbiExportStore implements ExportStore {
  private static final int FETCH_SIZE = 1000;

  private static final RowMapper<ExportedPerson> EXPORTED_PERSON =
      (rs, ctx) ->
          new ExportedPerson(JdbiPersonStore.PERSON.map(rs, ctx), rs.getString("primary_email"));

  private final Jdbi jdbi;

  public JdbiExportStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void persons(UUID orgId, Consumer<ExportedPerson> each) {
    stream(
        """
        select p.*, c.identity_value as primary_email
        from (select %s from persons where org_id = :orgId and deleted_at is null) p
        left join comm_identities c
          on c.person_id = p.person_id and c.channel_type = 'email' and c.is_primary
         and c.deleted_at is null
        order by p.person_id
        """
            .formatted(JdbiPersonStore.COLUMNS),
        orgId,
        EXPORTED_PERSON,
        each);
  }

  @Override
  public void dateItems(UUID orgId, Consumer<DateItem> each) {
    stream(
        "select "
            + JdbiDateItemStore.COLUMNS
            + " from date_items where org_id = :orgId and deleted_at is null"
            + " order by date_item_id",
        orgId,
        JdbiDateItemStore.DATE_ITEM,
        each);
  }

  @Override
  public void reminders(UUID orgId, Consumer<ReminderRule> each) {
    stream(
        "select "
            + JdbiReminderStore.COLUMNS
            + " from reminder_rules r join persons p on p.person_id = r.person_id"
            + " where r.org_id = :orgId and r.deleted_at is null order by r.reminder_rule_id",
        orgId,
        JdbiReminderStore.RULE,
        each);
  }

  private <T> void stream(String sql, UUID orgId, RowMapper<T> mapper, Consumer<T> each) {
    jdbi.useTransaction(
        handle ->
            handle
                .createQuery(sql)
                .bind("orgId", orgId)
                .setFetchSize(FETCH_SIZE)
                .map(mapper)
                .useStream(rows -> rows.forEach(each)));
  }
}
