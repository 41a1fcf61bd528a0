package dev.concierge.core.digest;

import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.Caller;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditTrail;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.dashboard.OrganizationCalendar;
import dev.concierge.core.dashboard.PersonDashboard;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.core.reminders.delivery.Senders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases of the staff digest: each staff account may ask for one message a day or a week, at a
 * time of its own zone, by email or Slack, with the coming days' dates, the reminders due and
 * failed and the open tasks of its clients (every client for an admin, the clients of the open
 * projects assigned to it for anyone else) instead of one message each.
 *
 * <p>{@link #sendDue()} runs on every instance every few minutes. Each account's digest of one
 * period (its local day) is claimed in the database before it is composed: exactly one instance
 * gets the claim, so a digest goes out once however many instances run. The claim is a lease
 * ({@link #LEASE}): an instance that dies between the claim and recording the outcome leaves the
 * period claimed until the lease runs out, and the next pass of any instance then claims and sends
 * it, up to {@link #MAX_ATTEMPTS} claims. So a crash never loses a digest for good, at the price
 * that one accepted by the provider in the instant before the crash can arrive twice; a digest
 * summarises, so a rare duplicate is the better failure. A provider's transient failure is tried
 * again on a later pass ({@link #RETRY_AFTER}), a permanent one is recorded and not retried. A
 * period missed entirely (no instance up all that day) is not caught up: the next one is current.
 *
 * <p>A digest with nothing to say (no date, reminder or task) is not sent; its period is recorded
 * as empty.
 */
public final class StaffDigests {
  /** Items listed per section; the rest are counted ("and 12 more"). */
  public static final int LISTED = 10;

  /** A staff member's digest reads the dates of at most this many clients. */
  public static final int MAX_CLIENTS = 500;

  static final Duration LEASE = Duration.ofMinutes(10);
  static final Duration RETRY_AFTER = Duration.ofMinutes(5);
  static final int MAX_ATTEMPTS = 3;

  private static final Logger log = LoggerFactory.getLogger("dev.concierge.digest");
  private static final Comparator<CalendarEntry> ORDER =
      Comparator.comparing(CalendarEntry::date)
          .thenComparing(CalendarEntry::personName)
          .thenComparing(e -> e.occurrence().title())
          .thenComparing(e -> e.occurrence().dateItemId());

  private final DigestStore store;
  private final DigestSources sources;
  private final OrganizationCalendar calendar;
  private final PersonDashboard dashboards;
  private final AuditTrail audit;
  private final Senders senders;
  private final Clock clock;
  private final String instanceId;
  private final DigestTemplate template = new DigestTemplate();

  /**
   * @param instanceId names this instance on the digests it claims; unique per running instance
   */
  public StaffDigests(
      DigestStore store,
      DigestSources sources,
      OrganizationCalendar calendar,
      PersonDashboard dashboards,
      AuditTrail audit,
      Senders senders,
      Clock clock,
      String instanceId) {
    this.store = Objects.requireNonNull(store, "store");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.senders = Objects.requireNonNull(senders, "senders");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
  }

  /** The signed-in account's digest settings (off until it sets them). */
  public DigestSettings settings(Caller caller) {
    DigestRecipient recipient = signedIn(caller);
    return settingsOf(recipient);
  }

  /** Replaces the signed-in account's digest settings; what the input leaves out is defaulted. */
  public DigestSettings update(Caller caller, DigestSettingsInput input) {
    DigestRecipient recipient = signedIn(caller);
    DigestSettings settings = input.validated(recipient.organizationZone());
    return audit.record(
        caller,
        AuditAction.UPDATE,
        EntityType.ACCOUNT,
        saved -> recipient.accountId(),
        List.of("digest"),
        () -> {
          store.save(recipient.orgId(), recipient.accountId(), settings);
          return settings;
        });
  }

  /** What the signed-in account's next digest would say if it were sent now. */
  public DigestPreview preview(Caller caller) {
    return preview(signedIn(caller));
  }

  /** The same for the account with {@code email}, for operators. */
  public DigestPreview previewFor(String email) {
    return preview(
        store.recipientByEmail(email).orElseThrow(() -> new NotFoundException("account", email)));
  }

  private DigestPreview preview(DigestRecipient recipient) {
    DigestSettings settings = settingsOf(recipient);
    DigestContent content = contentOf(recipient, settings, clock.instant());
    return new DigestPreview(
        settings,
        content,
        template.compose(content, settings.channel()),
        address(recipient, settings));
  }

  /**
   * One pass: sends the digest of every account whose time has come in its current period and that
   * no instance has sent, found empty or given up on yet.
   */
  public DigestReport sendDue() {
    Instant now = clock.instant();
    DigestReport total = DigestReport.NONE;
    for (DigestSubscriber subscriber : store.subscribers()) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      Optional<DigestPeriod> period = subscriber.settings().dueAt(now);
      if (period.isEmpty()
          || (subscriber.lastDone() != null
              && !subscriber.lastDone().isBefore(period.get().date()))) {
        continue;
      }
      DigestRecipient recipient = subscriber.recipient();
      Optional<DigestClaim> claim =
          store.claim(
              recipient.orgId(),
              recipient.accountId(),
              period.get(),
              instanceId,
              now.plus(LEASE),
              now,
              MAX_ATTEMPTS);
      if (claim.isPresent()) {
        total = total.plus(deliver(subscriber, claim.get(), now));
      }
    }
    return total;
  }

  private DigestReport deliver(DigestSubscriber subscriber, DigestClaim claim, Instant now) {
    DigestRecipient recipient = subscriber.recipient();
    DigestSettings settings = subscriber.settings();
    try {
      DigestContent content = contentOf(recipient, settings, now);
      if (content.isEmpty()) {
        store.finish(claim, DigestOutcome.empty(), clock.instant());
        log.info(
            "digest account_id={} period={} empty, not sent",
            claim.accountId(),
            claim.period().date());
        return new DigestReport(1, 0, 1, 0, 0);
      }
      ComposedMessage message = template.compose(content, settings.channel());
      MessageSender sender = senders.forChannel(settings.channel());
      SendResult result =
          Senders.sendGuarded(
              sender,
              new OutboundMessage(
                  recipient.orgId(),
                  null,
                  settings.channel(),
                  address(recipient, settings),
                  message.subject(),
                  message.text(),
                  claim.deliveryKey()));
      return recorded(claim, sender, result, now);
    } catch (RuntimeException e) {
      log.error(
          "digest account_id={} period={} failed; tried again after {}",
          claim.accountId(),
          claim.period().date(),
          RETRY_AFTER,
          e);
      store.release(claim, now.plus(RETRY_AFTER), describe(e));
      return new DigestReport(1, 0, 0, 0, 1);
    }
  }

  private DigestReport recorded(
      DigestClaim claim, MessageSender sender, SendResult result, Instant now) {
    if (result instanceof SendResult.Delivered delivered) {
      store.finish(
          claim,
          DigestOutcome.sent(sender.provider(), delivered.providerMessageId()),
          clock.instant());
      log.info(
          "digest account_id={} period={} sent by {}",
          claim.accountId(),
          claim.period().date(),
          sender.provider());
      return new DigestReport(1, 1, 0, 0, 0);
    }
    String why = result.toString();
    if (result instanceof SendResult.TransientFailure failure && claim.attempt() < MAX_ATTEMPTS) {
      Duration wait =
          failure
              .retryAfter()
              .filter(asked -> asked.compareTo(RETRY_AFTER) > 0)
              .orElse(RETRY_AFTER);
      store.release(claim, now.plus(wait), why);
      return new DigestReport(1, 0, 0, 0, 1);
    }
    log.warn(
        "digest account_id={} period={} not sent: {}",
        claim.accountId(),
        claim.period().date(),
        why);
    store.finish(claim, DigestOutcome.failed(why), clock.instant());
    return new DigestReport(1, 0, 0, 1, 0);
  }

  private DigestContent contentOf(DigestRecipient recipient, DigestSettings settings, Instant now) {
    int days = settings.daysAhead();
    return new DigestContent(
        recipient,
        recipient.seesEveryClient(),
        now,
        settings.zone(),
        days,
        dates(recipient, days),
        sources.dueReminders(recipient, now, now.plus(Duration.ofDays(days)), LISTED),
        sources.failedReminders(recipient, LISTED),
        sources.openTasks(recipient, LISTED));
  }

  /**
   * The coming days' occurrences in each client's own zone, expanded by the recurrence engine: the
   * organization's calendar for an admin; otherwise every assigned client's upcoming dates, read
   * together in one statement (one per client cost a round trip each, 50 for a desk of 50).
   */
  private Page<CalendarEntry> dates(DigestRecipient recipient, int days) {
    Caller caller = recipient.caller();
    if (recipient.seesEveryClient()) {
      return calendar.upcoming(caller, days, new PageRequest(0, LISTED));
    }
    List<DigestClient> clients = sources.clients(recipient, MAX_CLIENTS).items();
    Map<UUID, List<UpcomingDateSummary>> upcoming =
        dashboards.upcomingOf(caller, clients.stream().map(DigestClient::personId).toList(), days);
    List<CalendarEntry> entries = new ArrayList<>();
    for (DigestClient client : clients) {
      for (UpcomingDateSummary occurrence : upcoming.getOrDefault(client.personId(), List.of())) {
        entries.add(
            new CalendarEntry(
                client.personId(), client.personName(), client.timezone(), occurrence));
      }
    }
    entries.sort(ORDER);
    return new Page<>(
        List.copyOf(entries.subList(0, Math.min(LISTED, entries.size()))), entries.size());
  }

  private DigestSettings settingsOf(DigestRecipient recipient) {
    return store
        .find(recipient.orgId(), recipient.accountId())
        .orElseGet(() -> DigestSettings.off(recipient.organizationZone()));
  }

  /** The account a caller signed in as; API keys and workers have none, hence no digest. */
  private DigestRecipient signedIn(Caller caller) {
    if (caller.actorType() != ActorType.ACCOUNT || caller.actorId() == null) {
      throw new NotFoundException(
          "account", "of this caller: a digest belongs to a signed-in staff account");
    }
    UUID accountId = caller.actorId();
    return store
        .recipient(caller.orgId(), accountId)
        .orElseThrow(() -> new NotFoundException("account", accountId));
  }

  private static String address(DigestRecipient recipient, DigestSettings settings) {
    return settings.recipient() != null ? settings.recipient() : recipient.email();
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
