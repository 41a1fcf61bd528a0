package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.agents.ContextLimits;
import dev.concierge.core.agents.PersonContextStore;
import dev.concierge.core.agents.PersonContextStoreContract;
import dev.concierge.core.categories.DateCategoryStore;
import dev.concierge.core.conversations.ConversationStore;
import dev.concierge.core.dates.DateItemStore;
import dev.concierge.core.persons.PersonStore;
import dev.concierge.core.preferences.PreferenceStore;
import dev.concierge.core.projects.ProjectStore;
import dev.concierge.core.relationships.RelationshipStore;
import dev.concierge.core.reminders.ReminderStore;
import dev.concierge.persistence.testing.SharedPostgres;
import dev.concierge.persistence.testing.TestOrganizations;
import dev.concierge.persistence.testing.TestPersons;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/** The context store's contract on PostgreSQL, written through the other stores. */
class JdbiPersonContextStoreTest extends PersonContextStoreContract {
  private final Jdbi jdbi = SharedPostgres.migrated().jdbi();

  @Override
  protected PersonContextStore store() {
    return new JdbiPersonContextStore(jdbi);
  }

  @Override
  protected UUID newOrganization() {
    return TestOrganizations.create(jdbi, "Context store test org");
  }

  @Override
  protected UUID newPerson(UUID orgId) {
    return TestPersons.client(jdbi, orgId);
  }

  @Override
  protected PersonStore persons() {
    return new JdbiPersonStore(jdbi);
  }

  @Override
  protected RelationshipStore relationships() {
    return new JdbiRelationshipStore(jdbi);
  }

  @Override
  protected DateCategoryStore categories() {
    return new JdbiDateCategoryStore(jdbi);
  }

  @Override
  protected DateItemStore dateItems() {
    return new JdbiDateItemStore(jdbi);
  }

  @Override
  protected ReminderStore reminders() {
    return new JdbiReminderStore(jdbi);
  }

  @Override
  protected ProjectStore projects() {
    return new JdbiProjectStore(jdbi);
  }

  @Override
  protected PreferenceStore preferences() {
    return new JdbiPreferenceStore(jdbi);
  }

  @Override
  protected ConversationStore conversations() {
    return new JdbiConversationStore(jdbi);
  }

  @Override
  protected void placeNextOccurrence(UUID orgId, UUID dateItemId, LocalDate next) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "update date_items set next_occurrence = :next"
                        + " where org_id = :orgId and date_item_id = :id")
                .bind("next", next)
                .bind("orgId", orgId)
                .bind("id", dateItemId)
                .execute());
  }

  @Test
  void the_whole_context_is_one_statement_sent_to_the_database() {
    AtomicInteger statements = new AtomicInteger();
    Jdbi counted = ColumnTypes.install(Jdbi.create(SharedPostgres.migrated().dataSource()));
    counted.setSqlLogger(
        new SqlLogger() {
          @Override
          public void logAfterExecution(StatementContext context) {
            statements.incrementAndGet();
          }
        });

    assertThat(
            new JdbiPersonContextStore(counted)
                .find(
                    org,
                    client,
                    UUID.randomUUID(),
                    LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 3, 1),
                    ContextLimits.DEFAULT))
        .isPresent();
    assertThat(statements).hasValue(1);
  }
}
