package dev.concierge.core.proactive;

import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.Senders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: once a day per organization, from its check-in time in its own zone, reach out to the
 * clients who have a date coming up and have not been in touch for a while (see {@link
 * CheckInSettings}), through the same senders as reminders.
 *
 * <p>Call {@link #run} every few minutes on every instance. The day is claimed in the database
 * before anything is sent (one row per organization and local date, inserted by exactly one
 * instance), so each organization's run happens once per cluster and day however many instances are
 * up; nothing else coordinates them. A run missed entirely (no instance up all that local day) is
 * not caught up: the next day's run finds the same clients, as they still have had no contact.
 *
 * <p>Each client is sent one attempt; one that fails is counted and qualifies again the next day. A
 * sent check-in is kept as an outbound message of the client's conversation, which is what keeps
 * the client out of the following runs for the quiet days.
 *
 * <p>If an instance dies mid-run, the day stays claimed (its run row never gets a finish time) and
 * the clients it had not reached yet are not contacted that day; the next day's run picks them up,
 * since they still have had no contact. A client whose check-in was accepted by the provider but
 * could not be recorded (the database failed in between) may be checked in with again the next day;
 * that is logged.
 */
public final class ProactiveCheckIns {
  private static final Logger log = LoggerFactory.getLogger("dev.concierge.proactive");

  private final CheckInStore store;
  private final Senders senders;
  private final CheckInComposer model;
  private final CheckInComposer template = new CheckInTemplate();
  private final Clock clock;
  private final String instanceId;
  private final CheckInSettings defaults;

  /**
   * @param model words check-ins; null to use the template only
   * @param clock stamps the sent messages and the run's finish
   * @param instanceId names this instance on the runs it claims; unique per running instance
   * @param defaults what an organization that does not set a value in its settings gets
   */
  public ProactiveCheckIns(
      CheckInStore store,
      Senders senders,
      CheckInComposer model,
      Clock clock,
      String instanceId,
      CheckInSettings defaults) {
    this.store = Objects.requireNonNull(store, "store");
    this.senders = Objects.requireNonNull(senders, "senders");
    this.model = model;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
  }

  /** Runs the check-ins of every organization whose day is due at {@code now} and unclaimed. */
  public CheckInReport run(Instant now) {
    CheckInReport total = CheckInReport.NONE;
    for (CheckInOrganization organization : store.organizations()) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      LocalDate today = LocalDate.ofInstant(now, organization.zone());
      if (organization.lastRunDate() != null && !organization.lastRunDate().isBefore(today)) {
        continue;
      }
      CheckInSettings settings = defaults.overriddenBy(organization.settings());
      if (!settings.enabled()
          || LocalTime.ofInstant(now, organization.zone()).isBefore(settings.time())) {
        continue;
      }
      CheckInRun run = new CheckInRun(organization.orgId(), today, instanceId);
      if (!store.claim(run, now)) {
        continue;
      }
      try {
        total = total.plus(runDay(run, settings, now));
      } catch (RuntimeException e) {
        log.error(
            "check-in run org_id={} run_date={} failed; its remaining clients wait for tomorrow",
            organization.orgId(),
            today,
            e);
      }
    }
    return total;
  }

  private CheckInReport runDay(CheckInRun run, CheckInSettings settings, Instant now) {
    List<CheckInCandidate> found = store.candidates(run.orgId(), now, settings);
    int sent = 0;
    int failed = 0;
    for (CheckInCandidate candidate : found) {
      if (Thread.currentThread().isInterrupted()) {
        log.warn(
            "check-in run org_id={} interrupted; {} clients wait for tomorrow",
            run.orgId(),
            found.size() - sent - failed);
        break;
      }
      if (checkIn(candidate, run.runDate(), settings)) {
        sent++;
      } else {
        failed++;
      }
    }
    CheckInReport report = new CheckInReport(1, found.size(), sent, failed);
    store.finish(run, clock.instant(), report);
    log.info(
        "check-in run org_id={} run_date={} candidates={} sent={} failed={}",
        run.orgId(),
        run.runDate(),
        found.size(),
        sent,
        failed);
    return report;
  }

  private boolean checkIn(CheckInCandidate candidate, LocalDate runDate, CheckInSettings settings) {
    ComposedMessage message =
        compose(
            new CheckInContext(
                candidate.personName(),
                candidate.zone(),
                candidate.channel(),
                candidate.today(),
                candidate.dates(),
                settings.quietDays()));
    MessageSender sender = senders.forChannel(candidate.channel());
    SendResult result =
        send(sender, candidate, message, SentCheckIn.deliveryKey(candidate, runDate));
    if (!(result instanceof SendResult.Delivered delivered)) {
      log.warn(
          "check-in person_id={} channel={} provider={} not sent: {}",
          candidate.personId(),
          candidate.channel().wireName(),
          sender.provider(),
          result);
      return false;
    }
    try {
      store.record(
          new SentCheckIn(
              candidate,
              runDate,
              message,
              sender.provider(),
              delivered.providerMessageId(),
              clock.instant()));
    } catch (RuntimeException e) {
      log.error(
          "check-in person_id={} was sent but could not be recorded; the client may be checked in"
              + " with again tomorrow",
          candidate.personId(),
          e);
    }
    return true;
  }

  private ComposedMessage compose(CheckInContext context) {
    if (model != null) {
      try {
        ComposedMessage composed = model.compose(context);
        if (composed != null) {
          return composed;
        }
      } catch (RuntimeException e) {
        log.warn(
            "composing a check-in with the model failed, using the template: {}", e.getMessage());
      }
    }
    return template.compose(context);
  }

  private static SendResult send(
      MessageSender sender, CheckInCandidate candidate, ComposedMessage message, String key) {
    return Senders.sendGuarded(
        sender,
        new OutboundMessage(
            candidate.orgId(),
            candidate.personId(),
            candidate.channel(),
            candidate.recipient(),
            message.subject(),
            message.text(),
            key));
  }
}
