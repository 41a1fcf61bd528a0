package dev.concierge.examples.embedded;

import dev.concierge.core.access.Caller;
import dev.concierge.core.dates.NewDateItem;
import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.identities.NewCommIdentity;
import dev.concierge.core.organization.Organization;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.persons.NewPerson;
import dev.concierge.core.persons.Person;
import dev.concierge.core.reminders.NewReminder;
import dev.concierge.core.reminders.delivery.MessageSender;
import dev.concierge.core.reminders.delivery.OutboundMessage;
import dev.concierge.core.reminders.delivery.SendResult;
import dev.concierge.library.Concierge;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** Concierge inside another JVM application: its whole use, start to finish. */
public final class EmbeddedExample {
  public static void main(String[] args) {
    MessageSender inbox = new PrintingSender();
    try (Concierge concierge =
        Concierge.builder().embeddedDatabase(Path.of(args[0])).sender(inbox).build()) {
      Caller desk = Caller.operator(Organization.DEFAULT_ID, "embedded example");
      ZoneId zone = ZoneId.of("America/New_York");
      Person sarah = concierge.persons().create(desk, NewPerson.client("Sarah Chen", zone));
      concierge
          .commIdentities()
          .add(
              desk,
              sarah.personId(),
              NewCommIdentity.primary(ChannelType.EMAIL, "sarah@example.com"));
      LocalDate momsBirthday = LocalDate.now(zone).plusDays(10);
      concierge
          .dateItems()
          .create(
              desk,
              NewDateItem.yearly(
                  sarah.personId(), "Mom's birthday", momsBirthday, NewReminder.daysBefore(14)));
      concierge
          .dashboards()
          .upcoming(desk, sarah.personId(), 30, PageRequest.of(0, 10))
          .items()
          .forEach(d -> System.out.println("Upcoming: " + d.title() + " on " + d.occurrenceDate()));
      var report = concierge.dispatcher().dispatchUntilIdle();
      System.out.println("Dispatched " + report.delivered() + " reminder(s)");
    }
  }

  /** Delivers email by printing it: where an application would hand it to its own mailer. */
  private static final class PrintingSender implements MessageSender {
    @Override
    public String provider() {
      return "example";
    }

    @Override
    public Set<ChannelType> channels() {
      return Set.of(ChannelType.EMAIL);
    }

    @Override
    public SendResult send(OutboundMessage message) {
      System.out.println("To " + message.recipient() + ": " + message.text());
      return new SendResult.Delivered(UUID.randomUUID().toString());
    }
  }
}
