package dev.concierge.core.proactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CheckInStore} does, PostgreSQL's and the in-memory one alike, with the facts a
 * test records (organizations, reachable clients, their dates and their messages).
 */
public abstract class CheckInStoreContract {
  /** A Wednesday, 15:00 UTC. */
  protected static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

  protected static final LocalDate TODAY = LocalDate.parse("2026-11-25");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private CheckInStore store;
  private UUID org;

  protected abstract CheckInStore store();

  /** A new organization in {@code zone} with {@code settings}. */
  protected abstract UUID newOrganization(ZoneId zone, Metadata settings);

  /**
   * A new client in {@code zone} whose primary identity is on {@code channel} at {@code address}.
   */
  protected abstract UUID newClient(
      UUID orgId, String name, ZoneId zone, ChannelType channel, String address);

  /** A live date of the client whose next occurrence is {@code next}. */
  protected abstract void addDate(UUID orgId, UUID personId, String title, LocalDate next);

  /** A message of one of the client's conversations, created at {@code at}. */
  protected abstract void addMessage(
      UUID orgId, UUID personId, MessageDirection direction, Instant at);

  /** The finished run's "candidates/sent/failed", or null while it is not finished. */
  protected abstract String finishedRun(UUID orgId, LocalDate runDate);

  @BeforeEach
  void setUp() {
    store = store();
    org = newOrganization(UTC, Metadata.EMPTY);
  }

  @Test
  void an_organization_is_listed_with_its_zone_settings_and_latest_claimed_day() {
    UUID paris =
        newOrganization(ZoneId.of("Europe/Paris"), Metadata.of(Map.of("proactive_time", "09:00")));

    store.claim(new CheckInRun(paris, TODAY.minusDays(1), "i1"), NOW.minus(Duration.ofDays(1)));
    store.claim(new CheckInRun(paris, TODAY, "i1"), NOW);

    assertThat(organization(org).lastRunDate()).isNull();
    CheckInOrganization listed = organization(paris);
    assertThat(listed.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(listed.settings().values()).containsEntry("proactive_time", "09:00");
    assertThat(listed.lastRunDate()).isEqualTo(TODAY);
  }

  @Test
  void a_day_is_claimed_once_whoever_asks_and_each_day_anew() {
    assertThat(store.claim(new CheckInRun(org, TODAY, "i1"), NOW)).isTrue();

    assertThat(store.claim(new CheckInRun(org, TODAY, "i2"), NOW)).isFalse();
    assertThat(store.claim(new CheckInRun(org, TODAY, "i1"), NOW)).isFalse();
    assertThat(store.claim(new CheckInRun(org, TODAY.plusDays(1), "i2"), NOW)).isTrue();
    assertThat(store.claim(new CheckInRun(newOrganization(UTC, Metadata.EMPTY), TODAY, "i2"), NOW))
        .isTrue();
  }

  @Test
  void a_finished_run_keeps_its_counts_and_only_its_claimer_finishes_it() {
    CheckInRun run = new CheckInRun(org, TODAY, "i1");
    store.claim(run, NOW);

    store.finish(new CheckInRun(org, TODAY, "i2"), NOW, new CheckInReport(1, 9, 9, 0));
    assertThat(finishedRun(org, TODAY)).isNull();
    store.finish(run, NOW.plusSeconds(5), new CheckInReport(1, 3, 2, 1));

    assertThat(finishedRun(org, TODAY)).isEqualTo("3/2/1");
  }

  @Test
  void a_client_qualifies_with_a_date_from_their_today_to_days_ahead_in_their_zone() {
    UUID ann = newClient(org, "Ann", UTC, ChannelType.EMAIL, "ann@example.com");
    addDate(org, ann, "Today", TODAY);
    addDate(org, ann, "Last day", TODAY.plusDays(14));
    addDate(org, ann, "Too far", TODAY.plusDays(15));
    addDate(org, ann, "Passed", TODAY.minusDays(1));
    UUID passedOnly = newClient(org, "Pat", UTC, ChannelType.EMAIL, "pat@example.com");
    addDate(org, passedOnly, "Passed", TODAY.minusDays(1));
    // 15:00 UTC is already the 26th in Tokyo: the 25th has passed there
    UUID aiko = newClient(org, "Aiko", ZoneId.of("Asia/Tokyo"), ChannelType.SLACK, "U-AIKO");
    addDate(org, aiko, "Yesterday in Tokyo", TODAY);

    List<CheckInCandidate> found = store.candidates(org, NOW, CheckInSettings.DEFAULTS);

    assertThat(found)
        .singleElement()
        .satisfies(
            candidate -> {
              assertThat(candidate.orgId()).isEqualTo(org);
              assertThat(candidate.personId()).isEqualTo(ann);
              assertThat(candidate.personName()).isEqualTo("Ann");
              assertThat(candidate.zone()).isEqualTo(UTC);
              assertThat(candidate.today()).isEqualTo(TODAY);
              assertThat(candidate.commIdentityId()).isNotNull();
              assertThat(candidate.channel()).isEqualTo(ChannelType.EMAIL);
              assertThat(candidate.recipient()).isEqualTo("ann@example.com");
              assertThat(candidate.dates())
                  .extracting(UpcomingDate::title, UpcomingDate::occurrence)
                  .containsExactly(tuple("Today", TODAY), tuple("Last day", TODAY.plusDays(14)));
            });
  }

  @Test
  void a_client_in_touch_within_the_quiet_days_does_not_qualify_but_a_staff_note_does_not_count() {
    UUID wrote = client("Wrote", TODAY.plusDays(3));
    addMessage(org, wrote, MessageDirection.INBOUND, NOW.minus(Duration.ofDays(29)));
    UUID writtenTo = client("Written to", TODAY.plusDays(3));
    addMessage(org, writtenTo, MessageDirection.OUTBOUND, NOW.minus(Duration.ofDays(1)));
    UUID longAgo = client("Long ago", TODAY.plusDays(3));
    addMessage(org, longAgo, MessageDirection.OUTBOUND, NOW.minus(Duration.ofDays(31)));
    UUID noted = client("Noted", TODAY.plusDays(3));
    addMessage(org, noted, MessageDirection.INTERNAL, NOW.minus(Duration.ofDays(1)));

    List<CheckInCandidate> found = store.candidates(org, NOW, CheckInSettings.DEFAULTS);

    assertThat(found)
        .extracting(CheckInCandidate::personId)
        .containsExactlyInAnyOrder(longAgo, noted);
  }

  @Test
  void the_nearest_dates_go_first_up_to_the_daily_limit_and_only_the_organizations_clients() {
    UUID later = client("Later", TODAY.plusDays(9));
    UUID nearest = client("Nearest", TODAY.plusDays(2));
    UUID middle = client("Middle", TODAY.plusDays(5));
    UUID elsewhere = newOrganization(UTC, Metadata.EMPTY);
    UUID theirs = newClient(elsewhere, "Theirs", UTC, ChannelType.EMAIL, "t@example.com");
    addDate(elsewhere, theirs, "Birthday", TODAY.plusDays(1));
    CheckInSettings twoADay = new CheckInSettings(true, CheckInSettings.DEFAULTS.time(), 14, 30, 2);

    assertThat(store.candidates(org, NOW, twoADay))
        .extracting(CheckInCandidate::personId)
        .containsExactly(nearest, middle);
    assertThat(store.candidates(org, NOW, CheckInSettings.DEFAULTS))
        .extracting(CheckInCandidate::personId)
        .containsExactly(nearest, middle, later);
  }

  @Test
  void a_recorded_check_in_keeps_the_client_quiet_for_the_quiet_days() {
    UUID ann = client("Ann", TODAY.plusDays(3));
    addDate(org, ann, "Anniversary", TODAY.plusDays(40));
    CheckInCandidate candidate = store.candidates(org, NOW, CheckInSettings.DEFAULTS).get(0);

    store.record(
        new SentCheckIn(
            candidate,
            TODAY,
            new ComposedMessage("Coming up", "Hi Ann", CheckInTemplate.COMPOSED_BY),
            "test",
            "provider-1",
            NOW));

    assertThat(candidate.personId()).isEqualTo(ann);
    assertThat(store.candidates(org, NOW.plus(Duration.ofDays(1)), CheckInSettings.DEFAULTS))
        .isEmpty();
    assertThat(store.candidates(org, NOW.plus(Duration.ofDays(31)), CheckInSettings.DEFAULTS))
        .extracting(CheckInCandidate::personId)
        .containsExactly(ann);
  }

  private UUID client(String name, LocalDate date) {
    UUID person = newClient(org, name, UTC, ChannelType.EMAIL, name + "@example.com");
    addDate(org, person, "Birthday", date);
    return person;
  }

  private CheckInOrganization organization(UUID orgId) {
    return store.organizations().stream()
        .filter(o -> o.orgId().equals(orgId))
        .findFirst()
        .orElseThrow();
  }
}
