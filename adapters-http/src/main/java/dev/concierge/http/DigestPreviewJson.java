package dev.concierge.http;

import dev.concierge.core.dashboard.CalendarEntry;
import dev.concierge.core.digest.DigestContent;
import dev.concierge.core.digest.DigestPreview;
import dev.concierge.core.digest.DigestReminder;
import dev.concierge.core.digest.DigestTask;
import dev.concierge.core.paging.Page;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the signed-in account's digest would say now: its sections (each its first items and how
 * many in all) and the message as it would be sent. Times read in the digest's zone; a task is
 * written as core has it (no instant in it).
 */
record DigestPreviewJson(
    DigestSettingsJson settings,
    String address,
    OffsetDateTime generatedAt,
    boolean allClients,
    boolean empty,
    String subject,
    String text,
    Section<Occurrence> dates,
    Section<Reminder> dueReminders,
    Section<Reminder> failedReminders,
    Section<DigestTask> openTasks) {

  record Section<T>(List<T> items, long total) {
    static <S, T> Section<T> of(Page<S> page, Function<S, T> item) {
      return new Section<>(page.items().stream().map(item).toList(), page.total());
    }
  }

  record Occurrence(
      UUID personId,
      String personName,
      UUID dateItemId,
      String title,
      LocalDate date,
      long daysUntil,
      String timezone) {
    static Occurrence of(CalendarEntry entry) {
      return new Occurrence(
          entry.personId(),
          entry.personName(),
          entry.occurrence().dateItemId(),
          entry.occurrence().title(),
          entry.date(),
          entry.occurrence().daysUntil(),
          entry.timezone().getId());
    }
  }

  record Reminder(
      UUID reminderRuleId,
      UUID personId,
      String personName,
      String dateTitle,
      String channel,
      OffsetDateTime at) {
    static Function<DigestReminder, Reminder> in(ZoneId zone) {
      return r ->
          new Reminder(
              r.reminderRuleId(),
              r.personId(),
              r.personName(),
              r.dateTitle(),
              r.channel() == null ? null : r.channel().wireName(),
              Instants.at(r.at(), zone));
    }
  }

  static DigestPreviewJson of(DigestPreview preview) {
    DigestContent content = preview.content();
    ZoneId zone = content.zone();
    return new DigestPreviewJson(
        DigestSettingsJson.of(preview.settings()),
        preview.address(),
        Instants.at(content.generatedAt(), zone),
        content.allClients(),
        content.isEmpty(),
        preview.message().subject(),
        preview.message().text(),
        Section.of(content.dates(), Occurrence::of),
        Section.of(content.dueReminders(), Reminder.in(zone)),
        Section.of(content.failedReminders(), Reminder.in(zone)),
        Section.of(content.openTasks(), task -> task));
  }
}
