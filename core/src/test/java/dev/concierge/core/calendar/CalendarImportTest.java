package dev.concierge.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.dates.DateItem;
import dev.concierge.core.errors.ForbiddenException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.testing.InMemoryDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Importing a calendar's events into a person's dates, over in-memory stores, with the file's
 * events given as {@link CalendarFormat} would read them.
 */
class CalendarImportTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final InMemoryDates dates = new InMemoryDates(Instant.parse("2026-02-01T12:00:00Z"));
  private final UUID sarah = dates.client("Sarah Chen", NEW_YORK);
  private final List<ImportedEvent> file = new ArrayList<>();
  private final Map<String, UUID> links = new ConcurrentHashMap<>();
  private final CalendarImport imports =
      new CalendarImport(
          new GivenEvents(),
          new CalendarImportStore() {
            @Override
            public Optional<UUID> find(UUID orgId, UUID personId, String uid) {
              return Optional.ofNullable(links.get(personId + uid));
            }

            @Override
            public void link(UUID orgId, UUID personId, String uid, UUID dateItemId) {
              links.put(personId + uid, dateItemId);
            }
          },
          dates.dateItems,
          dates.persons,
          new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
              return work.get();
            }
          });

  private final class GivenEvents implements CalendarFormat {
    @Override
    public String write(CalendarDocument document) {
      throw new UnsupportedOperationException("import only");
    }

    @Override
    public List<ImportedEvent> read(String text) {
      return List.copyOf(file);
    }
  }

  private static ImportedEvent event(String uid, String summary, EventStart start, String rule) {
    return new ImportedEvent(uid, summary, null, start, rule, List.of(), null, List.of());
  }

  private List<ImportResult> importFile() {
    return imports.importInto(dates.admin, sarah, "the file");
  }

  private List<DateItem> items() {
    return dates
        .dateItems
        .list(dates.admin, sarah, null, false, PageRequest.of(0, 100))
        .items()
        .stream()
        .map(details -> details.item())
        .toList();
  }

  @Test
  void an_event_is_created_once_then_updated_by_its_uid_and_left_alone_when_unchanged() {
    file.add(
        event(
            "mom@google.com",
            "Mom's birthday",
            new EventStart.AllDay(LocalDate.of(1985, 3, 15)),
            "FREQ=YEARLY"));
    List<ImportResult> first = importFile();
    List<ImportResult> second = importFile();
    file.set(
        0,
        event(
            "mom@google.com",
            "Mom's 60th",
            new EventStart.AllDay(LocalDate.of(1985, 3, 16)),
            "FREQ=YEARLY"));
    List<ImportResult> third = importFile();

    assertThat(first).extracting(ImportResult::status).containsExactly(ImportStatus.CREATED);
    assertThat(second).extracting(ImportResult::status).containsExactly(ImportStatus.UNCHANGED);
    assertThat(third).extracting(ImportResult::status).containsExactly(ImportStatus.UPDATED);
    assertThat(items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.dateItemId()).isEqualTo(first.get(0).dateItemId());
              assertThat(item.title()).isEqualTo("Mom's 60th");
              assertThat(item.dateValue()).isEqualTo(LocalDate.of(1985, 3, 16));
              assertThat(item.nextOccurrence()).isEqualTo(LocalDate.of(2026, 3, 16));
            });
  }

  @Test
  void
      a_timed_event_is_the_day_it_starts_where_it_happens_with_its_time_kept_and_utc_is_placed_in_the_persons_zone() {
    file.add(
        event(
            "dinner",
            "Dinner",
            new EventStart.WallClock(
                LocalDateTime.of(2026, 3, 15, 23, 30), ZoneId.of("Asia/Tokyo")),
            null));
    file.add(
        event("flight", "Flight", new EventStart.Utc(Instant.parse("2026-06-03T02:15:00Z")), null));
    file.add(
        event(
            "floating",
            "Call",
            new EventStart.WallClock(LocalDateTime.of(2026, 4, 1, 9, 0), null),
            null));

    importFile();

    assertThat(items())
        .extracting(
            DateItem::title, DateItem::dateValue, item -> item.metadata().values().get("calendar"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "Dinner",
                LocalDate.of(2026, 3, 15),
                Map.of("start_time", "23:30", "timezone", "Asia/Tokyo")),
            org.assertj.core.groups.Tuple.tuple(
                "Flight",
                LocalDate.of(2026, 6, 2),
                Map.of("start_time", "22:15", "timezone", "America/New_York")),
            org.assertj.core.groups.Tuple.tuple(
                "Call",
                LocalDate.of(2026, 4, 1),
                Map.of("start_time", "09:00", "timezone", "America/New_York")));
    assertThat(EventTime.in(items().get(0).metadata())).isPresent();
    assertThat(
            EventTime.in(
                items().stream()
                    .filter(i -> i.title().equals("Dinner"))
                    .findFirst()
                    .orElseThrow()
                    .metadata()))
        .contains(new EventTime(LocalTime.of(23, 30), ZoneId.of("Asia/Tokyo")));
  }

  @Test
  void alarms_before_the_start_become_lead_time_reminders_of_as_many_days() {
    file.add(
        new ImportedEvent(
            "mom",
            "Mom's birthday",
            null,
            new EventStart.AllDay(LocalDate.of(1985, 3, 15)),
            "FREQ=YEARLY",
            List.of(
                Duration.ofDays(-13).minusHours(15), Duration.ofMinutes(-15), Duration.ofHours(2)),
            null,
            List.of()));

    UUID id = importFile().get(0).dateItemId();

    assertThat(dates.dateItems.get(dates.admin, id).reminders())
        .extracting(ReminderRule::leadTimeDays)
        .containsExactlyInAnyOrder(1, 14);
  }

  @Test
  void events_that_cannot_be_dates_are_skipped_with_the_reason_and_the_rest_still_import() {
    file.add(
        new ImportedEvent(
            "moved", "Moved", null, null, null, List.of(), "changes one occurrence", List.of()));
    file.add(event(null, "No uid", new EventStart.AllDay(LocalDate.of(2026, 5, 1)), null));
    file.add(event("twice", "First", new EventStart.AllDay(LocalDate.of(2026, 5, 1)), null));
    file.add(event("twice", "Second", new EventStart.AllDay(LocalDate.of(2026, 5, 2)), null));
    file.add(
        event(
            "easter",
            "Easter",
            new EventStart.AllDay(LocalDate.of(2026, 4, 5)),
            "FREQ=YEARLY;BYEASTER=0"));
    file.add(event("fine", "  ", new EventStart.AllDay(LocalDate.of(2026, 7, 1)), null));

    List<ImportResult> results = importFile();

    assertThat(results)
        .extracting(ImportResult::status)
        .containsExactly(
            ImportStatus.SKIPPED,
            ImportStatus.SKIPPED,
            ImportStatus.CREATED,
            ImportStatus.SKIPPED,
            ImportStatus.SKIPPED,
            ImportStatus.CREATED);
    assertThat(results.get(0).reason()).isEqualTo("changes one occurrence");
    assertThat(results.get(1).reason()).contains("UID");
    assertThat(results.get(3).reason()).contains("same UID");
    assertThat(results.get(4).reason()).startsWith("recurrence_rule");
    assertThat(items())
        .extracting(DateItem::title)
        .containsExactlyInAnyOrder("First", CalendarImport.NO_TITLE);
  }

  @Test
  void an_analyst_imports_nothing() {
    file.add(event("x", "X", new EventStart.AllDay(LocalDate.of(2026, 5, 1)), null));

    assertThatThrownBy(() -> imports.importInto(dates.analyst, sarah, "the file"))
        .isInstanceOf(ForbiddenException.class);
    assertThat(items()).isEmpty();
  }
}
