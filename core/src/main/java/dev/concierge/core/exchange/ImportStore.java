package dev.concierge.core.exchange;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.persons.Person;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a persons import reads of an organization to match its rows, and the batch writes that
 * import them. Both join the transaction running on the calling thread.
 */
public interface ImportStore {
  /**
   * The organization's persons (not deleted) that have one of {@code personIds}, one of {@code
   * externalIds} ({@code metadata_jsonb.external_id}) or a (non-deleted) email identity whose
   * address is one of {@code emails} (compared in lower case), with those keys; the titles of their
   * date items; and the organization's date categories.
   */
  Known known(
      UUID orgId,
      Collection<UUID> personIds,
      Collection<String> externalIds,
      Collection<String> emails);

  /**
   * Inserts {@code created} persons, saves {@code updated} ones, adds {@code emails} (each a
   * primary email identity) and {@code dates}, in batches.
   */
  void write(
      UUID orgId,
      List<Person> created,
      List<Person> updated,
      List<NewEmail> emails,
      List<DateItem> dates);

  /**
   * @param byExternalId external id to person id
   * @param byEmail lower-case email address to person id
   * @param dateTitles person id to the lower-case titles of their date items
   * @param categories lower-case category name to category id
   */
  record Known(
      Map<UUID, Person> persons,
      Map<String, UUID> byExternalId,
      Map<String, UUID> byEmail,
      Map<UUID, Set<String>> dateTitles,
      Map<String, UUID> categories) {}

  /** A primary email identity for a person the import creates. */
  record NewEmail(UUID commIdentityId, UUID personId, String address) {}
}
