package dev.concierge.core.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.testing.InMemoryCheckInStore;
import dev.concierge.core.testing.RecordingSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The daily check-in's rules over an in-memory store: when it runs, what it sends and keeps. */
class ProactiveCheckInsTest {
  // a Wednesday
  private static final Instant START = Instant.parse("2026-11-25T15:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private final InMemoryCheckInStore store = new InMemoryCheckInStore();
  private final RecordingSender sender = RecordingSender.accepting();

  @Test
  void runs_from_the_local_time_once_a_day_and_not_again_while_the_client_is_quiet() {
    UUID org = store.addOrganization(UTC, settings("proactive_time", "10:00"));
    UUID ann = client(org, "Ann", UTC, TODAY.plusDays(5));
    ProactiveCheckIns checkIns = checkIns("i1", null);

    CheckInReport tooEarly = checkIns.run(Instant.parse("2026-11-25T09:59:59Z"));
    CheckInReport onTime = checkIns.run(Instant.parse("2026-11-25T10:00:00Z"));
    CheckInReport later = checkIns.run(Instant.parse("2026-11-25T18:00:00Z"));
    CheckInReport nextDay = checkIns.run(Instant.parse("2026-11-26T10:00:00Z"));

    assertThat(tooEarly).isEqualTo(CheckInReport.NONE);
    assertThat(onTime).isEqualTo(new CheckInReport(1, 1, 1, 0));
    assertThat(later).isEqualTo(CheckInReport.NONE);
    assertThat(nextDay).isEqualTo(new CheckInReport(1, 0, 0, 0));
    assertThat(sender.personIds()).containsExactly(ann);
    assertThat(store.run(org, TODAY).orElseThrow().report())
        .isEqualTo(new CheckInReport(1, 1, 1, 0));
  }

  @Test
  void an_organization_that_turned_check_ins_off_is_not_run_nor_claimed() {
    UUID org = store.addOrganization(UTC, settings("proactive_enabled", false));
    client(org, "Ann", UTC, TODAY.plusDays(5));

    assertThat(checkIns("i1", null).run(START)).isEqualTo(CheckInReport.NONE);
    assertThat(store.run(org, TODAY)).isEmpty();
    assertThat(sender.sent()).isEmpty();
  }

  @Test
  void a_failing_model_falls_back_to_the_template_and_the_check_in_is_still_sent() {
    UUID org = store.addOrganization(UTC, Metadata.EMPTY);
    client(org, "Ann", UTC, TODAY.plusDays(3));
    CheckInComposer broken =
        context -> {
          throw new IllegalStateException("model timed out");
        };

    CheckInReport report = checkIns("i1", broken).run(START);

    assertThat(report.sent()).isEqualTo(1);
    assertThat(sender.sent())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).isEqualTo("Coming up: Mom's birthday in 3 days");
              assertThat(m.text())
                  .contains("Hi Ann", "Mom's birthday is in 3 days (Saturday, November 28)");
            });
    assertThat(store.recorded())
        .singleElement()
        .extracting(c -> c.message().composedBy())
        .isEqualTo(CheckInTemplate.COMPOSED_BY);
  }

  @Test
  void a_working_model_words_the_check_in_and_is_recorded_as_its_author() {
    UUID org = store.addOrganization(UTC, Metadata.EMPTY);
    client(org, "Ann", UTC, TODAY.plusDays(3));
    CheckInComposer model =
        context ->
            new ComposedMessage(
                "Thinking of you",
                "Hi " + context.personName() + ", " + context.daysUntil(context.dates().get(0)),
                "claude-test");

    checkIns("i1", model).run(START);

    assertThat(sender.sent())
        .singleElement()
        .extracting(OutboundMessage::text)
        .isEqualTo("Hi Ann, 3");
    assertThat(store.recorded())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.message().composedBy()).isEqualTo("claude-test");
              assertThat(c.runDate()).isEqualTo(TODAY);
              assertThat(c.sentAt()).isEqualTo(START);
              assertThat(c.provider()).isEqualTo("test");
            });
  }

  @Test
  void the_organization_zone_decides_its_day_and_the_client_zone_decides_theirs() {
    // 15:00 UTC on the 25th is already the 26th in Tokyo
    UUID tokyo =
        store.addOrganization(ZoneId.of("Asia/Tokyo"), settings("proactive_time", "00:30"));
    client(tokyo, "Aiko", ZoneId.of("Asia/Tokyo"), LocalDate.parse("2026-11-26"));
    client(tokyo, "Lou", ZoneId.of("America/Los_Angeles"), LocalDate.parse("2026-11-26"));
    client(tokyo, "Ken", ZoneId.of("Asia/Tokyo"), LocalDate.parse("2026-11-25"));
    ProactiveCheckIns checkIns = checkIns("i1", null);

    CheckInReport atMidnightInTokyo = checkIns.run(Instant.parse("2026-11-25T15:00:00Z"));
    CheckInReport atHalfPast = checkIns.run(Instant.parse("2026-11-25T15:30:00Z"));

    assertThat(atMidnightInTokyo).isEqualTo(CheckInReport.NONE);
    assertThat(atHalfPast).isEqualTo(new CheckInReport(1, 2, 2, 0));
    assertThat(store.run(tokyo, LocalDate.parse("2026-11-26"))).isPresent();
    assertThat(sender.sent())
        .extracting(m -> m.recipient() + ": " + m.subject())
        .containsExactlyInAnyOrder(
            "Aiko@example.com: Coming up: Mom's birthday today",
            "Lou@example.com: Coming up: Mom's birthday tomorrow");
  }

  @Test
  void a_failed_send_is_counted_and_not_recorded_so_the_client_is_tried_the_next_day() {
    UUID org = store.addOrganization(UTC, Metadata.EMPTY);
    UUID ann = client(org, "Ann", UTC, TODAY.plusDays(5));
    UUID bob = client(org, "Bob", UTC, TODAY.plusDays(6));
    RecordingSender bouncing =
        new RecordingSender(
            m ->
                m.personId().equals(bob)
                    ? new SendResult.PermanentFailure("rejected", "mailbox full")
                    : new SendResult.Delivered("ses-" + m.recipient()));

    CheckInReport first = checkIns("i1", null, bouncing).run(START);
    CheckInReport second = checkIns("i1", null, bouncing).run(START.plus(Duration.ofDays(1)));

    assertThat(first).isEqualTo(new CheckInReport(1, 2, 1, 1));
    assertThat(store.recorded())
        .singleElement()
        .extracting(SentCheckIn::providerMessageId)
        .isEqualTo("ses-Ann@example.com");
    assertThat(second).isEqualTo(new CheckInReport(1, 1, 0, 1));
    assertThat(bouncing.personIds()).containsExactly(ann, bob, bob);
  }

  @Test
  void a_day_claimed_by_an_instance_that_died_is_not_run_again() {
    UUID org = store.addOrganization(UTC, Metadata.EMPTY);
    UUID ann = client(org, "Ann", UTC, TODAY.plusDays(5));
    store.claim(new CheckInRun(org, TODAY, "died"), START.minusSeconds(60));

    CheckInReport report = checkIns("i1", null).run(START);
    CheckInReport nextDay = checkIns("i1", null).run(START.plus(Duration.ofDays(1)));

    assertThat(report).isEqualTo(CheckInReport.NONE);
    assertThat(nextDay).isEqualTo(new CheckInReport(1, 1, 1, 0));
    assertThat(sender.personIds()).containsExactly(ann);
    assertThat(store.run(org, TODAY).orElseThrow().finishedAt()).isNull();
    assertThat(store.run(org, TODAY.plusDays(1)).orElseThrow().run().claimedBy()).isEqualTo("i1");
  }

  @Test
  void each_client_gets_one_message_on_their_channel_keyed_by_person_and_day() {
    UUID org = store.addOrganization(UTC, Metadata.EMPTY);
    UUID ann = store.addClient(org, "Ann", UTC, ChannelType.SLACK, "U-ANN");
    store.addDate(ann, "Mom's birthday", TODAY.plusDays(5));
    store.addDate(ann, "Anniversary", TODAY.plusDays(9));

    checkIns("i1", null).run(START);

    assertThat(sender.sent())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.channel()).isEqualTo(ChannelType.SLACK);
              assertThat(m.recipient()).isEqualTo("U-ANN");
              assertThat(m.subject()).isEqualTo("Coming up: Mom's birthday and 1 more date");
              assertThat(m.text()).contains("*Mom's birthday*", "in 5 days", "*Anniversary*");
              assertThat(m.deliveryKey()).isEqualTo("check-in:" + ann + "@2026-11-25");
            });
  }

  private UUID client(UUID org, String name, ZoneId zone, LocalDate date) {
    UUID person = store.addClient(org, name, zone, ChannelType.EMAIL, name + "@example.com");
    store.addDate(person, "Mom's birthday", date);
    return person;
  }

  private ProactiveCheckIns checkIns(String instance, CheckInComposer model) {
    return checkIns(instance, model, sender);
  }

  private ProactiveCheckIns checkIns(
      String instance, CheckInComposer model, RecordingSender through) {
    return new ProactiveCheckIns(
        store,
        through.alone(),
        model,
        Clock.fixed(START, ZoneOffset.UTC),
        instance,
        CheckInSettings.DEFAULTS);
  }

  private static Metadata settings(String key, Object value) {
    return Metadata.of(Map.of(key, value));
  }
}
