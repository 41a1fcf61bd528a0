package dev.concierge.core.testing;

import dev.concierge.core.conversations.MessageDirection;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.proactive.CheckInCandidate;
import dev.concierge.core.proactive.CheckInOrganization;
import dev.concierge.core.proactive.CheckInReport;
import dev.concierge.core.proactive.CheckInRun;
import dev.concierge.core.proactive.CheckInSettings;
import dev.concierge.core.proactive.CheckInStore;
import dev.concierge.core.proactive.SentCheckIn;
import dev.concierge.core.proactive.UpcomingDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link CheckInStore} over a small world of its own (organizations, clients reachable on one
 * channel, their dates and when they were last in touch), which a test fills; held to PostgreSQL's
 * store, which reads the same facts from their tables, by the contract.
 */
public final class InMemoryCheckInStore implements CheckInStore {
  private record Client(
      UUID orgId,
      UUID personId,
      String name,
      ZoneId zone,
      UUID commIdentityId,
      ChannelType channel,
      String address) {}

  private record DateRow(UUID personId, UpcomingDate date) {}

  private record MessageRow(MessageDirection direction, Instant at) {}

  /** A claimed run and, once finished, when and with what counts. */
  public record Run(CheckInRun run, Instant startedAt, Instant finishedAt, CheckInReport report) {}

  private final Map<UUID, CheckInOrganization> organizations = new ConcurrentHashMap<>();
  private final Map<UUID, Client> clients = new ConcurrentHashMap<>();
  private final List<DateRow> dates = new CopyOnWriteArrayList<>();
  private final Map<UUID, List<MessageRow>> messages = new ConcurrentHashMap<>();
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final List<SentCheckIn> recorded = new CopyOnWriteArrayList<>();

  /** A new organization in {@code zone}, with {@code settings}; returns its id. */
  public UUID addOrganization(ZoneId zone, Metadata settings) {
    UUID orgId = UUID.randomUUID();
    organizations.put(orgId, new CheckInOrganization(orgId, zone, settings, null));
    return orgId;
  }

  /** A new client in {@code zone}, reached on {@code channel} at {@code address}. */
  public UUID addClient(UUID orgId, String name, ZoneId zone, ChannelType channel, String address) {
    UUID personId = UUID.randomUUID();
    clients.put(
        personId, new Client(orgId, personId, name, zone, UUID.randomUUID(), channel, address));
    return personId;
  }

  /** A live date of the client whose next occurrence is {@code next}. */
  public void addDate(UUID personId, String title, LocalDate next) {
    dates.add(new DateRow(personId, new UpcomingDate(title, next, null, null)));
  }

  /** A message of one of the client's conversations, created at {@code at}. */
  public void addMessage(UUID personId, MessageDirection direction, Instant at) {
    messages
        .computeIfAbsent(personId, id -> new CopyOnWriteArrayList<>())
        .add(new MessageRow(direction, at));
  }

  /** The run of the organization's day, claimed or not. */
  public Optional<Run> run(UUID orgId, LocalDate runDate) {
    return Optional.ofNullable(runs.get(orgId + "@" + runDate));
  }

  /** Every check-in recorded, in order. */
  public List<SentCheckIn> recorded() {
    return List.copyOf(recorded);
  }

  @Override
  public List<CheckInOrganization> organizations() {
    return organizations.values().stream()
        .sorted(Comparator.comparing(CheckInOrganization::orgId))
        .map(
            o ->
                new CheckInOrganization(
                    o.orgId(),
                    o.zone(),
                    o.settings(),
                    runs.values().stream()
                        .map(Run::run)
                        .filter(r -> r.orgId().equals(o.orgId()))
                        .map(CheckInRun::runDate)
                        .max(Comparator.naturalOrder())
                        .orElse(null)))
        .toList();
  }

  @Override
  public boolean claim(CheckInRun run, Instant startedAt) {
    return runs.putIfAbsent(run.orgId() + "@" + run.runDate(), new Run(run, startedAt, null, null))
        == null;
  }

  @Override
  public List<CheckInCandidate> candidates(UUID orgId, Instant now, CheckInSettings settings) {
    Instant quietSince = now.minus(Duration.ofDays(settings.quietDays()));
    List<CheckInCandidate> found = new ArrayList<>();
    for (Client client : clients.values()) {
      LocalDate today = LocalDate.ofInstant(now, client.zone());
      List<UpcomingDate> due =
          dates.stream()
              .filter(d -> d.personId().equals(client.personId()))
              .map(DateRow::date)
              .filter(
                  d ->
                      !d.occurrence().isBefore(today)
                          && !d.occurrence().isAfter(today.plusDays(settings.daysAhead())))
              .sorted(
                  Comparator.comparing(UpcomingDate::occurrence).thenComparing(UpcomingDate::title))
              .toList();
      // what staff note among themselves is no contact with the client
      boolean quiet =
          messages.getOrDefault(client.personId(), List.of()).stream()
              .noneMatch(
                  m -> m.direction() != MessageDirection.INTERNAL && m.at().isAfter(quietSince));
      if (client.orgId().equals(orgId) && !due.isEmpty() && quiet) {
        found.add(
            new CheckInCandidate(
                orgId,
                client.personId(),
                client.name(),
                client.zone(),
                today,
                client.commIdentityId(),
                client.channel(),
                client.address(),
                due));
      }
    }
    return found.stream()
        .sorted(
            // PostgreSQL orders uuids by their bytes, which is the order of their text
            Comparator.comparing((CheckInCandidate c) -> c.dates().get(0).occurrence())
                .thenComparing(c -> c.personId().toString()))
        .limit(settings.dailyLimit())
        .toList();
  }

  @Override
  public void record(SentCheckIn checkIn) {
    recorded.add(checkIn);
    addMessage(checkIn.candidate().personId(), MessageDirection.OUTBOUND, checkIn.sentAt());
  }

  @Override
  public void finish(CheckInRun run, Instant finishedAt, CheckInReport report) {
    runs.computeIfPresent(
        run.orgId() + "@" + run.runDate(),
        (key, claimed) ->
            claimed.run().equals(run)
                ? new Run(run, claimed.startedAt(), finishedAt, report)
                : claimed);
  }
}
