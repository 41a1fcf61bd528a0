package dev.concierge.core.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.StoreContract;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PreferenceStore} does, PostgreSQL's and the in-memory one alike: the fakes the
 * use-case tests run on cannot drift from the real store while both pass this.
 */
public abstract class PreferenceStoreContract extends StoreContract<PreferenceStore> {
  private static final PageRequest ALL = new PageRequest(0, 50);
  private static final Instant SAID = Instant.parse("2026-03-10T15:04:05.123456Z");

  /** A message in a conversation of the person (a row, where the store needs one). */
  protected abstract UUID newMessage(UUID orgId, UUID personId);

  @Test
  void a_saved_preference_is_found_with_its_provenance_and_times() {
    UUID message = newMessage(org, client);
    UUID account = UUID.randomUUID();
    Preference saved =
        store.save(
            new Preference(
                UUID.randomUUID(),
                org,
                client,
                PreferenceCategory.FOOD,
                "Vegetarian since 2026",
                PreferenceSource.AGENT,
                message,
                SAID,
                false,
                ActorType.ACCOUNT,
                account.toString(),
                "Ana at the desk",
                null,
                null));

    Preference found = store.find(org, client, saved.preferenceId()).orElseThrow();

    assertThat(found).isEqualTo(saved);
    assertThat(found.category()).isEqualTo(PreferenceCategory.FOOD);
    assertThat(found.statement()).isEqualTo("Vegetarian since 2026");
    assertThat(found.source()).isEqualTo(PreferenceSource.AGENT);
    assertThat(found.sourceMessageId()).isEqualTo(message);
    assertThat(found.capturedAt()).isEqualTo(SAID);
    assertThat(found.confirmed()).isFalse();
    assertThat(found.createdByType()).isEqualTo(ActorType.ACCOUNT);
    assertThat(found.createdById()).isEqualTo(account.toString());
    assertThat(found.createdByName()).isEqualTo("Ana at the desk");
    assertThat(found.createdAt()).isNotNull();
    assertThat(found.updatedAt()).isNotNull();
    assertThat(store.find(org, newPerson(org), saved.preferenceId())).isEmpty();
    assertThat(store.find(newOrganization(), client, saved.preferenceId())).isEmpty();
  }

  @Test
  void saving_again_changes_category_statement_and_confirmation_and_keeps_the_provenance() {
    Preference first = store.save(preference(client, "Likes window seats", SAID));

    Preference changed =
        store.save(first.changed(PreferenceCategory.TRAVEL, "Aisle seats since the surgery", true));

    assertThat(changed.category()).isEqualTo(PreferenceCategory.TRAVEL);
    assertThat(changed.statement()).isEqualTo("Aisle seats since the surgery");
    assertThat(changed.confirmed()).isTrue();
    assertThat(changed.source()).isEqualTo(first.source());
    assertThat(changed.capturedAt()).isEqualTo(first.capturedAt());
    assertThat(changed.createdAt()).isEqualTo(first.createdAt());
    assertThat(store.find(org, client, first.preferenceId())).contains(changed);
  }

  @Test
  void a_list_is_newest_first_filtered_and_paged_with_its_total() {
    Preference oldest = store.save(preference(client, "Oldest", SAID.minus(3, ChronoUnit.DAYS)));
    Preference newest = store.save(preference(client, "Newest", SAID));
    Preference middle =
        store.save(
            preference(client, "Middle", SAID.minus(1, ChronoUnit.DAYS))
                .changed(PreferenceCategory.GIFTS, "Middle", true));
    store.save(preference(newPerson(org), "Someone else's", SAID));

    assertThat(store.list(org, client, PreferenceQuery.ALL, ALL).items())
        .containsExactly(newest, middle, oldest);
    assertThat(store.list(org, client, PreferenceQuery.ALL, new PageRequest(1, 1)).items())
        .containsExactly(middle);
    assertThat(store.list(org, client, PreferenceQuery.ALL, new PageRequest(1, 1)).total())
        .isEqualTo(3);
    assertThat(
            store
                .list(org, client, new PreferenceQuery(PreferenceCategory.GIFTS, null), ALL)
                .items())
        .containsExactly(middle);
    assertThat(store.list(org, client, new PreferenceQuery(null, false), ALL).items())
        .containsExactly(newest, oldest);
  }

  @Test
  void a_deleted_preference_is_gone_from_find_list_and_saves() {
    Preference gone = store.save(preference(client, "Allergic to nuts", SAID));

    assertThat(store.delete(org, client, gone.preferenceId())).isTrue();

    assertThat(store.delete(org, client, gone.preferenceId())).isFalse();
    assertThat(store.find(org, client, gone.preferenceId())).isEmpty();
    assertThat(store.list(org, client, PreferenceQuery.ALL, ALL).items()).isEmpty();
    assertThatThrownBy(() -> store.save(gone)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void another_persons_preference_is_neither_deleted_nor_overwritten() {
    Preference hers = store.save(preference(client, "Tea, not coffee", SAID));
    UUID other = newPerson(org);
    Preference posing =
        new Preference(
            hers.preferenceId(),
            org,
            other,
            PreferenceCategory.FOOD,
            "Coffee",
            PreferenceSource.STAFF,
            null,
            SAID,
            true,
            ActorType.API_KEY,
            null,
            null,
            null,
            null);

    assertThat(store.delete(org, other, hers.preferenceId())).isFalse();
    assertThatThrownBy(() -> store.save(posing)).isInstanceOf(NotFoundException.class);
    assertThat(store.find(org, client, hers.preferenceId())).contains(hers);
  }

  private Preference preference(UUID personId, String statement, Instant capturedAt) {
    return new Preference(
        UUID.randomUUID(),
        org,
        personId,
        PreferenceCategory.FOOD,
        statement,
        PreferenceSource.STAFF,
        null,
        capturedAt,
        false,
        ActorType.API_KEY,
        UUID.randomUUID().toString(),
        "key",
        null,
        null);
  }
}
