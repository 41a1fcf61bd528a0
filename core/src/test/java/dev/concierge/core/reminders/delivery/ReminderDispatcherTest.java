package dev.concierge.core.reminders.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.DeliveryAttempt.Outcome;
import dev.concierge.core.testing.InMemoryReminderQueue;
import dev.concierge.core.testing.MovableClock;
import dev.concierge.core.testing.RecordingSender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dispatcher's rules over an in-memory queue: wording, routing, outcomes and retries. */
class ReminderDispatcherTest {
  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
  private static final Duration LEASE = DispatcherSettings.DEFAULT_LEASE;
  private static final RetryPolicy TWO_ATTEMPTS =
      new RetryPolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(10));

  private final MovableClock clock = new MovableClock(NOW);
  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();
  private final List<DeliveryAttempt> heard = new ArrayList<>();
  private RecordingSender sender;

  @Test
  void a_due_reminder_is_worded_by_the_template_sent_to_its_route_and_recorded_delivered() {
    queue.add(reminder(ChannelType.SLACK, "U0ANN", NOW.minusSeconds(60)));

    DispatchReport report =
        dispatcher(RecordingSender.accepting(), null, TWO_ATTEMPTS).dispatchUntilIdle();

    assertThat(report).isEqualTo(new DispatchReport(1, 1, 0, 0));
    assertThat(sent())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.channel()).isEqualTo(ChannelType.SLACK);
              assertThat(message.recipient()).isEqualTo("U0ANN");
              assertThat(message.subject()).isEqualTo("Passport renewal in 3 days");
              assertThat(message.text()).contains("Hi Ann", "*Passport renewal*", "in 3 days");
            });
    assertThat(queue.history())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
              assertThat(attempt.provider()).isEqualTo(RecordingSender.PROVIDER);
              assertThat(attempt.providerMessageId()).isEqualTo("msg-1");
              assertThat(attempt.composedByModel()).isFalse();
              assertThat(attempt.renderedMessage()).isEqualTo(sent().get(0).text());
            });
    assertThat(queue.countDue(clock.instant())).isZero();
    assertThat(heard).containsExactlyElementsOf(queue.history());
  }

  @Test
  void an_email_keeps_its_subject_above_the_text_in_the_history() {
    queue.add(reminder(ChannelType.EMAIL, "ann@example.com", NOW));

    dispatcher(RecordingSender.accepting(), null, TWO_ATTEMPTS).dispatchBatch();

    assertThat(queue.history().get(0).renderedMessage())
        .startsWith("Passport renewal in 3 days\n\nHi Ann,");
  }

  @Test
  void days_left_are_counted_from_the_persons_own_today() {
    // 02:00 UTC on the 25th is still the 24th in New York: four days to the 28th, not three
    clock.set(Instant.parse("2026-11-25T02:00:00Z"));
    queue.add(reminder(ChannelType.EMAIL, "ann@example.com", clock.instant()));

    dispatcher(RecordingSender.accepting(), null, TWO_ATTEMPTS).dispatchBatch();

    assertThat(sent().get(0).subject()).isEqualTo("Passport renewal in 4 days");
  }

  @Test
  void a_person_without_a_route_fails_at_once_and_nothing_is_sent() {
    queue.add(reminder(null, null, NOW));

    DispatchReport report =
        dispatcher(RecordingSender.accepting(), null, TWO_ATTEMPTS).dispatchUntilIdle();

    assertThat(report.failed()).isEqualTo(1);
    assertThat(sent()).isEmpty();
    assertThat(queue.history())
        .singleElement()
        .satisfies(
            attempt -> {
              assertThat(attempt.errorCode()).isEqualTo("no_route");
              assertThat(attempt.channel()).isNull();
              assertThat(attempt.provider()).isEqualTo(DeliveryAttempt.NO_PROVIDER);
            });
  }

  @Test
  void a_permanent_failure_fails_the_reminder_without_another_attempt() {
    queue.add(reminder(ChannelType.EMAIL, "nobody@example.com", NOW));

    DispatchReport report =
        dispatcher(
                new RecordingSender(
                    m -> new SendResult.PermanentFailure("rejected", "no such mailbox")),
                null,
                TWO_ATTEMPTS)
            .dispatchUntilIdle();

    assertThat(report).isEqualTo(new DispatchReport(1, 0, 0, 1));
    assertThat(queue.history())
        .extracting(DeliveryAttempt::outcome, DeliveryAttempt::errorCode)
        .containsExactly(tuple(Outcome.FAILED, "rejected"));
  }

  @Test
  void a_transient_failure_waits_for_its_backoff_and_the_last_attempt_allowed_exhausts_it() {
    queue.add(reminder(ChannelType.SLACK, "U0ANN", NOW));
    ReminderDispatcher dispatcher =
        dispatcher(
            new RecordingSender(
                m ->
                    new SendResult.TransientFailure(
                        "ratelimited", "slow down", Optional.of(Duration.ofMinutes(3)))),
            null,
            TWO_ATTEMPTS);

    DispatchReport first = dispatcher.dispatchUntilIdle();
    Instant retryAt = queue.history().get(0).nextAttemptAt();
    clock.set(retryAt.minusMillis(1));
    DispatchReport tooEarly = dispatcher.dispatchUntilIdle();
    clock.set(retryAt);
    DispatchReport last = dispatcher.dispatchUntilIdle();

    assertThat(first.retrying()).isEqualTo(1);
    // the provider's Retry-After outlasts the policy's first delay, so it sets the time
    assertThat(retryAt).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
    assertThat(tooEarly.claimed()).isZero();
    assertThat(last.failed()).isEqualTo(1);
    assertThat(queue.history())
        .extracting(DeliveryAttempt::outcome)
        .containsExactly(Outcome.RETRY, Outcome.EXHAUSTED);
    assertThat(queue.countDue(clock.instant())).isZero();
  }

  @Test
  void a_sender_that_throws_or_answers_nothing_has_failed_transiently() {
    queue.add(reminder(ChannelType.SLACK, "U0ANN", NOW.minusSeconds(1)));
    queue.add(reminder(ChannelType.SLACK, "U0BOB", NOW));

    dispatcher(
            new RecordingSender(
                m -> {
                  if (m.recipient().equals("U0ANN")) {
                    throw new IllegalStateException("socket closed");
                  }
                  return null;
                }),
            null,
            TWO_ATTEMPTS)
        .dispatchBatch();

    assertThat(queue.history())
        .extracting(DeliveryAttempt::outcome, DeliveryAttempt::errorCode)
        .containsOnly(tuple(Outcome.RETRY, "sender_error"));
    assertThat(queue.history().get(0).errorMessage())
        .isEqualTo("IllegalStateException: socket closed");
  }

  @Test
  void a_providers_overlong_error_is_kept_to_its_first_two_thousand_characters() {
    queue.add(reminder(ChannelType.EMAIL, "ann@example.com", NOW));

    dispatcher(
            new RecordingSender(
                m -> new SendResult.PermanentFailure("rejected", "x".repeat(5_000))),
            null,
            TWO_ATTEMPTS)
        .dispatchBatch();

    assertThat(queue.history().get(0).errorMessage()).hasSize(DeliveryAttempt.MAX_ERROR_LENGTH);
  }

  @Test
  void the_model_words_the_reminder_and_when_it_fails_the_template_does() {
    queue.add(reminder(ChannelType.SLACK, "U0ANN", NOW.minusSeconds(1)));
    queue.add(reminder(ChannelType.SLACK, "U0BOB", NOW));
    ReminderComposer flakyModel =
        context -> {
          if (context.personName().equals("Bob")) {
            throw new IllegalStateException("model timed out");
          }
          return new ComposedMessage(
              "Soon", "Hi " + context.personName() + ", " + context.daysUntil() + " days.", "m1");
        };

    dispatcher(RecordingSender.accepting(), flakyModel, TWO_ATTEMPTS).dispatchBatch();

    assertThat(sent().get(0).text()).isEqualTo("Hi Ann, 3 days.");
    assertThat(sent().get(1).text()).startsWith("Hi Bob,\n\nA reminder: *Passport renewal*");
    assertThat(queue.history())
        .extracting(DeliveryAttempt::composedByModel)
        .containsExactly(true, false);
  }

  @Test
  void a_round_longer_than_its_lease_renews_its_claims_so_no_other_dispatcher_takes_them() {
    for (int i = 0; i < 10; i++) {
      queue.add(reminder(ChannelType.SLACK, "U0ANN", NOW.minusSeconds(60 - i)));
    }
    List<Integer> takenByAnother = new ArrayList<>();
    RecordingSender slow =
        new RecordingSender(
            message -> {
              // ten sends of 12 s: a round of four leases
              clock.advance(Duration.ofSeconds(12));
              takenByAnother.add(queue.claim("another", clock.instant(), LEASE, 10).size());
              return new SendResult.Delivered("msg");
            });

    DispatchReport report = dispatcher(slow, null, TWO_ATTEMPTS).dispatchBatch();

    assertThat(report).isEqualTo(new DispatchReport(10, 10, 0, 0));
    assertThat(takenByAnother).hasSize(10).containsOnly(0);
    assertThat(queue.history()).hasSize(10).allMatch(a -> a.outcome() == Outcome.DELIVERED);
    assertThat(queue.countDue(clock.instant())).isZero();
  }

  @Test
  void closing_the_dispatcher_gives_its_claims_back_at_once() {
    queue.add(reminder(ChannelType.SLACK, "U0ANN", NOW));
    ReminderDispatcher stopping = dispatcher(RecordingSender.accepting(), null, TWO_ATTEMPTS);
    queue.claim(stopping.dispatcherId(), NOW, LEASE, 10);

    stopping.close();

    assertThat(queue.claim("another", NOW, LEASE, 10)).hasSize(1);
  }

  private ReminderDispatcher dispatcher(
      RecordingSender sender, ReminderComposer model, RetryPolicy retry) {
    this.sender = sender;
    return new ReminderDispatcher(
        queue,
        new Senders(List.of(sender), sender),
        model,
        heard::add,
        clock,
        new DispatcherSettings("d1", 10, LEASE, 1, retry));
  }

  private List<OutboundMessage> sent() {
    return sender.sent();
  }

  /** Ann's (or Bob's, by recipient) reminder of her passport renewal on the 28th, in New York. */
  private static DueReminder reminder(ChannelType channel, String recipient, Instant dueAt) {
    return new DueReminder(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        dueAt,
        0,
        channel == null ? null : UUID.randomUUID(),
        channel,
        recipient,
        "U0BOB".equals(recipient) ? "Bob" : "Ann",
        ZoneId.of("America/New_York"),
        "Passport renewal",
        null,
        LocalDate.of(2026, 11, 28),
        null,
        null);
  }
}
