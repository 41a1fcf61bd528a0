package dev.concierge.core.reminders.delivery;

import dev.concierge.core.identities.ChannelType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every due reminder exactly once, with any number of dispatchers on one database: each round
 * claims a batch (the claim is a short lease the round renews while it runs, so a crashed
 * dispatcher's reminders come back when it ends, and a claim lost to another is not sent), words
 * each reminder (the model if configured, else — or when it fails — the template), routes it to its
 * sender, and records all outcomes in one transaction.
 *
 * <p>The only ways a reminder can reach a person twice are a crash after a provider accepted it and
 * before the round was recorded, and a dispatcher frozen (not dead) for over half a lease in the
 * middle of a send; the database refuses a second recorded delivery of a cycle.
 */
public final class ReminderDispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger("dev.concierge.delivery");

  private final ReminderQueue queue;
  private final Senders senders;
  private final ReminderComposer model;
  private final ReminderComposer template = new ReminderTemplate();
  private final DeliveryListener listener;
  private final Clock clock;
  private final DispatcherSettings settings;
  private final ReminderLinks links;
  private final ExecutorService sending;
  private final ScheduledExecutorService heartbeat;

  /**
   * @param model words reminders; null to use the template only
   */
  public ReminderDispatcher(
      ReminderQueue queue,
      Senders senders,
      ReminderComposer model,
      DeliveryListener listener,
      Clock clock,
      DispatcherSettings settings) {
    this(queue, senders, model, listener, clock, settings, null);
  }

  /**
   * @param links the confirmation link each email reminder ends with; null for none
   */
  public ReminderDispatcher(
      ReminderQueue queue,
      Senders senders,
      ReminderComposer model,
      DeliveryListener listener,
      Clock clock,
      DispatcherSettings settings,
      ReminderLinks links) {
    this.links = links;
    this.queue = Objects.requireNonNull(queue, "queue");
    this.senders = Objects.requireNonNull(senders, "senders");
    this.model = model;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    AtomicInteger threads = new AtomicInteger();
    this.sending =
        settings.sendConcurrency() == 1
            ? null
            : Executors.newFixedThreadPool(
                settings.sendConcurrency(),
                runnable -> {
                  Thread thread =
                      new Thread(
                          runnable,
                          "concierge-send-"
                              + settings.dispatcherId()
                              + "-"
                              + threads.incrementAndGet());
                  thread.setDaemon(true);
                  return thread;
                });
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "concierge-claims-" + settings.dispatcherId());
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    this.heartbeat = timer;
  }

  public String dispatcherId() {
    return settings.dispatcherId();
  }

  /** One round: claim a batch, send it while renewing the claims, record it. */
  public DispatchReport dispatchBatch() {
    Instant claimedAt = clock.instant();
    List<DueReminder> batch =
        queue.claim(settings.dispatcherId(), claimedAt, settings.lease(), settings.batchSize());
    if (batch.isEmpty()) {
      return DispatchReport.NONE;
    }
    RoundClaims claims =
        new RoundClaims(queue, settings.dispatcherId(), clock, settings.lease(), batch, claimedAt);
    // the timer keeps the claims alive through a slow send; maySend() renews between sends
    long tick = Math.max(1, settings.lease().toMillis() / 6);
    ScheduledFuture<?> renewing =
        heartbeat.scheduleWithFixedDelay(claims::renewIfDue, tick, tick, TimeUnit.MILLISECONDS);
    List<DeliveryAttempt> attempts;
    try {
      attempts = attemptAll(batch, claims);
      queue.record(settings.dispatcherId(), attempts);
    } finally {
      renewing.cancel(false);
    }
    long delivered = 0;
    long retrying = 0;
    long failed = 0;
    for (DeliveryAttempt attempt : attempts) {
      switch (attempt.outcome()) {
        case DELIVERED -> delivered++;
        case RETRY -> retrying++;
        case EXHAUSTED, FAILED -> failed++;
      }
      logAttempt(attempt);
      listener.attempted(attempt);
    }
    return new DispatchReport(batch.size(), delivered, retrying, failed);
  }

  /** Rounds until nothing is due; reminders waiting for a later retry do not count as due. */
  public DispatchReport dispatchUntilIdle() {
    DispatchReport total = DispatchReport.NONE;
    while (!Thread.currentThread().isInterrupted()) {
      DispatchReport round = dispatchBatch();
      if (round.claimed() == 0) {
        break;
      }
      total = total.plus(round);
    }
    return total;
  }

  /** The attempts of the reminders whose claims held; a lost one is neither sent nor recorded. */
  private List<DeliveryAttempt> attemptAll(List<DueReminder> batch, RoundClaims claims) {
    if (sending == null) {
      return batch.stream()
          .map(reminder -> claims.maySend(reminder) ? attempt(reminder) : null)
          .filter(Objects::nonNull)
          .toList();
    }
    List<Future<DeliveryAttempt>> futures = new ArrayList<>(batch.size());
    for (DueReminder reminder : batch) {
      futures.add(sending.submit(() -> claims.maySend(reminder) ? attempt(reminder) : null));
    }
    List<DeliveryAttempt> attempts = new ArrayList<>(batch.size());
    for (Future<DeliveryAttempt> future : futures) {
      try {
        DeliveryAttempt attempt = future.get();
        if (attempt != null) {
          attempts.add(attempt);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sending; the claims will expire", e);
      } catch (ExecutionException e) {
        // attempt() turns every failure into an outcome, so this is a bug, not a send error
        throw new IllegalStateException("a delivery attempt crashed", e.getCause());
      }
    }
    return attempts;
  }

  DeliveryAttempt attempt(DueReminder reminder) {
    Instant started = clock.instant();
    if (!reminder.hasRoute()) {
      return DeliveryAttempt.noRoute(reminder, started);
    }
    ComposedMessage message = compose(reminder);
    MessageSender sender = senders.forChannel(reminder.channel());
    SendResult result = send(sender, reminder, message, withLink(reminder, message.text()));
    DeliveryAttempt.Send send =
        new DeliveryAttempt.Send(
            reminder,
            sender.provider(),
            reminder.channel() == ChannelType.EMAIL
                ? message.subject() + "\n\n" + message.text()
                : message.text(),
            !ReminderTemplate.COMPOSED_BY.equals(message.composedBy()),
            started,
            clock.instant());
    if (result instanceof SendResult.Delivered delivered) {
      return send.delivered(delivered.providerMessageId());
    }
    if (result instanceof SendResult.PermanentFailure permanent) {
      return send.failed(permanent.code(), permanent.message());
    }
    SendResult.TransientFailure failure = (SendResult.TransientFailure) result;
    RetryPolicy retry = settings.retry();
    int attempt = reminder.attemptNumber();
    if (!retry.hasAttemptsAfter(attempt)) {
      return send.exhausted(failure.code(), failure.message());
    }
    Duration delay =
        retry.delayAfter(attempt, failure.retryAfter(), ThreadLocalRandom.current()::nextDouble);
    return send.retryAt(send.finishedAt().plus(delay), failure.code(), failure.message());
  }

  private ComposedMessage compose(DueReminder reminder) {
    ReminderContext context = context(reminder);
    if (model != null) {
      try {
        return model.compose(context);
      } catch (RuntimeException e) {
        log.warn(
            "composing reminder {} with the model failed, using the template: {}",
            reminder.reminderRuleId(),
            e.getMessage());
      }
    }
    return template.compose(context);
  }

  private ReminderContext context(DueReminder reminder) {
    Integer daysUntil = null;
    if (reminder.occurrenceDate() != null) {
      LocalDate today = LocalDate.ofInstant(clock.instant(), reminder.zone());
      daysUntil = (int) ChronoUnit.DAYS.between(today, reminder.occurrenceDate());
    }
    return new ReminderContext(
        reminder.orgId(),
        reminder.personName(),
        reminder.zone(),
        reminder.channel(),
        reminder.dateTitle(),
        reminder.categoryName(),
        reminder.occurrenceDate(),
        daysUntil,
        reminder.notes(),
        reminder.relatedPersonName());
  }

  /**
   * An email reminder's text as sent: with the link to its confirmation page, where its person says
   * they saw it and are done with it. The history keeps the text without the link, which is the
   * recipient's to use.
   */
  private String withLink(DueReminder reminder, String text) {
    if (links == null || reminder.channel() != ChannelType.EMAIL) {
      return text;
    }
    return text
        + "\n\nSeen it? Let us know you are done with it: "
        + links.linkTo(reminder.orgId(), reminder.reminderRuleId(), reminder.cycle());
  }

  private static SendResult send(
      MessageSender sender, DueReminder reminder, ComposedMessage message, String text) {
    return Senders.sendGuarded(
        sender,
        new OutboundMessage(
            reminder.orgId(),
            reminder.personId(),
            reminder.channel(),
            reminder.recipient(),
            message.subject(),
            text,
            reminder.deliveryKey(),
            reminder.reminderRuleId()));
  }

  /**
   * One line per attempt whose fields are key-value pairs, not message text: a JSON log gets them
   * as fields, and the text log prints them after the message as {@code key=value}.
   */
  private static void logAttempt(DeliveryAttempt attempt) {
    if (!log.isInfoEnabled()) {
      return;
    }
    DueReminder reminder = attempt.reminder();
    log.atInfo()
        .setMessage("delivery")
        .addKeyValue("reminder_rule_id", reminder.reminderRuleId())
        .addKeyValue("org_id", reminder.orgId())
        .addKeyValue("cycle", reminder.cycle())
        .addKeyValue("attempt", reminder.attemptNumber())
        .addKeyValue("channel", attempt.channel() == null ? "none" : attempt.channel().wireName())
        .addKeyValue("provider", attempt.provider())
        .addKeyValue("outcome", attempt.outcome().name().toLowerCase(Locale.ROOT))
        .addKeyValue(
            "latency_ms", Duration.between(attempt.startedAt(), attempt.finishedAt()).toMillis())
        .addKeyValue("provider_message_id", attempt.providerMessageId())
        .addKeyValue("error_code", attempt.errorCode())
        .log();
  }

  /** Stops sending and gives back this dispatcher's claims so others can take them at once. */
  @Override
  public void close() {
    if (sending != null) {
      sending.shutdownNow();
    }
    heartbeat.shutdownNow();
    try {
      int released = queue.release(settings.dispatcherId());
      if (released > 0) {
        log.info("released {} reminder claims of {}", released, settings.dispatcherId());
      }
    } catch (RuntimeException e) {
      log.warn(
          "could not release the claims of {}; they come back when their lease ends: {}",
          settings.dispatcherId(),
          e.getMessage());
    }
  }
}
