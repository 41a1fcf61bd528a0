package dev.concierge.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditEntry;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.testing.Entries;
import dev.concierge.core.testing.InMemoryCatalogueStore;
import dev.concierge.core.testing.RecordingAuditStore;
import dev.concierge.core.testing.TickingClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The catalogue's rules over an in-memory store. */
class CatalogueTest {
  private static final PageRequest ALL = new PageRequest(0, 50);

  private final UUID org = UUID.randomUUID();
  private final Caller admin = Caller.apiKey(UUID.randomUUID(), org, "admin", ApiRole.ADMIN);
  private final Caller concierge = Caller.apiKey(UUID.randomUUID(), org, "desk", ApiRole.CONCIERGE);
  private final InMemoryCatalogueStore store = new InMemoryCatalogueStore(TickingClock.fromNow());
  private final List<AuditEntry> audited = new ArrayList<>();
  private final Catalogue catalogue =
      new Catalogue(store, new AuditTrail(new RecordingAuditStore(audited::add), Supplier::get));

  @Test
  void a_new_entry_is_unvetted_untagged_and_trimmed_unless_it_says_and_is_audited() {
    Resource venue =
        catalogue.create(admin, ResourceType.VENUE, NewResource.named("  The Modern "));

    assertThat(venue.name()).isEqualTo("The Modern");
    assertThat(venue.vetted()).isFalse();
    assertThat(venue.vettedAt()).isNull();
    assertThat(venue.tags()).isEmpty();
    assertThat(catalogue.get(concierge, ResourceType.VENUE, venue.resourceId())).isEqualTo(venue);
    assertThat(audited)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
              assertThat(entry.entityId()).isEqualTo(venue.resourceId());
              assertThat(entry.fields()).containsExactly("name");
            });
  }

  @Test
  void every_problem_of_a_new_entry_is_named_at_once_and_nothing_is_written() {
    NewResource bad =
        new NewResource(
            " ",
            "c".repeat(101),
            null,
            null,
            null,
            null,
            null,
            null,
            7,
            new BigDecimal("4.55"),
            List.of("ok", " "),
            null,
            null,
            null);

    assertThatThrownBy(() -> catalogue.create(admin, ResourceType.PRODUCT, bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "name", "category", "price_level", "rating", "tags"));
    assertThatThrownBy(() -> catalogue.create(admin, ResourceType.PRODUCT, NewResource.named(null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
    assertThat(store.list(org, ResourceType.PRODUCT, ResourceQuery.ALL, ALL).items()).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void only_admins_change_the_catalogue_and_everyone_reads_it() {
    Resource venue = catalogue.create(admin, ResourceType.VENUE, NewResource.named("The Modern"));

    assertThat(catalogue.list(concierge, ResourceType.VENUE, ResourceQuery.ALL, ALL).items())
        .containsExactly(venue);
    assertThatThrownBy(
            () -> catalogue.create(concierge, ResourceType.VENUE, NewResource.named("Mine")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> catalogue.update(concierge, ResourceType.VENUE, venue.resourceId(), rename("X")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> catalogue.delete(concierge, ResourceType.VENUE, venue.resourceId()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void an_entry_is_found_only_in_the_collection_of_its_own_type() {
    Resource venue = catalogue.create(admin, ResourceType.VENUE, NewResource.named("The Modern"));

    assertThatThrownBy(() -> catalogue.get(admin, ResourceType.RESTAURANT, venue.resourceId()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("restaurant");
    assertThatThrownBy(
            () ->
                catalogue.update(
                    admin, ResourceType.RESTAURANT, venue.resourceId(), rename("Moved")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> catalogue.delete(admin, ResourceType.PRODUCT, venue.resourceId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(catalogue.get(admin, ResourceType.VENUE, venue.resourceId()).name())
        .isEqualTo("The Modern");
  }

  @Test
  void an_update_changes_what_it_names_keeps_the_rest_and_vetting_is_stamped() {
    Resource venue =
        catalogue.create(
            admin,
            ResourceType.VENUE,
            new NewResource(
                "The Modern",
                null,
                null,
                null,
                "New York",
                null,
                null,
                null,
                3,
                null,
                List.of("rooftop"),
                null,
                null,
                null));

    Resource changed =
        catalogue.update(
            admin,
            ResourceType.VENUE,
            venue.resourceId(),
            Changes.resource(FieldChange.to(" The Modern Bar "), FieldChange.to(true)));

    assertThat(changed.name()).isEqualTo("The Modern Bar");
    assertThat(changed.city()).isEqualTo("New York");
    assertThat(changed.priceLevel()).isEqualTo(3);
    assertThat(changed.tags()).containsExactly("rooftop");
    assertThat(changed.vetted()).isTrue();
    assertThat(changed.vettedAt()).isNotNull();
    assertThat(audited.get(1).fields()).containsExactly("name", "is_vetted");
  }

  @Test
  void vetting_cannot_be_cleared_and_a_name_cannot_be_removed() {
    Resource venue = catalogue.create(admin, ResourceType.VENUE, NewResource.named("The Modern"));

    assertThatThrownBy(
            () ->
                catalogue.update(
                    admin,
                    ResourceType.VENUE,
                    venue.resourceId(),
                    Changes.resource(FieldChange.unchanged(), FieldChange.to(null))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("is_vetted"));
    assertThatThrownBy(
            () -> catalogue.update(admin, ResourceType.VENUE, venue.resourceId(), rename(null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
    assertThat(catalogue.get(admin, ResourceType.VENUE, venue.resourceId())).isEqualTo(venue);
  }

  @Test
  void a_deleted_entry_is_no_longer_found_and_cannot_be_deleted_twice() {
    Resource venue = catalogue.create(admin, ResourceType.VENUE, NewResource.named("The Modern"));

    catalogue.delete(admin, ResourceType.VENUE, venue.resourceId());

    assertThatThrownBy(() -> catalogue.get(admin, ResourceType.VENUE, venue.resourceId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> catalogue.delete(admin, ResourceType.VENUE, venue.resourceId()))
        .isInstanceOf(NotFoundException.class);
    assertThat(audited)
        .extracting(AuditEntry::action)
        .containsExactly(AuditAction.CREATE, AuditAction.DELETE);
  }

  @Test
  void a_website_is_only_an_http_or_https_address_with_a_host_on_create_and_update() {
    Resource venue = catalogue.create(admin, ResourceType.VENUE, withWebsite("https://a.example"));

    for (String bad :
        List.of(
            "javascript:alert(1)", "file:///etc/passwd", "https://", "http:///x", "a.example")) {
      assertThatThrownBy(() -> catalogue.create(admin, ResourceType.VENUE, withWebsite(bad)))
          .as(bad)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors())
                      .containsExactly(new FieldError("website", WebAddress.EXPECTATION)));
      assertThatThrownBy(
              () ->
                  catalogue.update(
                      admin, ResourceType.VENUE, venue.resourceId(), Changes.website(bad)))
          .as(bad)
          .isInstanceOf(ValidationException.class);
    }
    Resource changed =
        catalogue.update(
            admin,
            ResourceType.VENUE,
            venue.resourceId(),
            Changes.website("HTTP://b.example/x?y=1"));

    assertThat(changed.website()).isEqualTo("HTTP://b.example/x?y=1");
    assertThat(
            catalogue
                .update(admin, ResourceType.VENUE, venue.resourceId(), Changes.website(null))
                .website())
        .isNull();
  }

  @Test
  void a_website_saved_before_the_rule_stays_through_updates_that_leave_it() {
    Resource old =
        store.save(Resource.of(org, ResourceType.VENUE, withWebsite("javascript:alert(1)")));

    Resource renamed =
        catalogue.update(admin, ResourceType.VENUE, old.resourceId(), rename("Renamed"));

    assertThat(renamed.website()).isEqualTo("javascript:alert(1)");
    assertThat(
            catalogue
                .update(
                    admin,
                    ResourceType.VENUE,
                    store
                        .save(Resource.of(org, ResourceType.VENUE, withWebsite(" ftp://old ")))
                        .resourceId(),
                    Changes.website("ftp://old"))
                .website())
        .as("the same old address as a form sends it, without its spaces")
        .isEqualTo("ftp://old");
    assertThatThrownBy(
            () ->
                catalogue.update(
                    admin, ResourceType.VENUE, old.resourceId(), Changes.website("javascript:0")))
        .isInstanceOf(ValidationException.class);
  }

  private static NewResource withWebsite(String website) {
    return Entries.withWebsite("The Modern", website);
  }

  private static ResourceChanges rename(String name) {
    return Changes.resource(FieldChange.to(name), FieldChange.unchanged());
  }
}
