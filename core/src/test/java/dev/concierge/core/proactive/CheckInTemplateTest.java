package dev.concierge.core.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.identities.ChannelType;
import dev.concierge.core.reminders.delivery.ComposedMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CheckInTemplateTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
  private final CheckInTemplate template = new CheckInTemplate();

  @Test
  void one_date_is_named_in_the_subject_and_the_sentence() {
    ComposedMessage message =
        template.compose(
            context(ChannelType.EMAIL, List.of(date("Mom's birthday", TODAY.plusDays(1)))));

    assertThat(message.subject()).isEqualTo("Coming up: Mom's birthday tomorrow");
    assertThat(message.text())
        .startsWith("Hi Ann,\n\n")
        .contains("Mom's birthday is tomorrow (Thursday, November 26).")
        .endsWith("— Your concierge");
    assertThat(message.composedBy()).isEqualTo(CheckInTemplate.COMPOSED_BY);
  }

  @Test
  void several_dates_are_listed_nearest_first_and_a_long_list_is_cut_short_on_slack() {
    List<UpcomingDate> dates =
        IntStream.range(0, 7).mapToObj(i -> date("Date " + i, TODAY.plusDays(i))).toList();

    ComposedMessage message = template.compose(context(ChannelType.SLACK, dates));

    assertThat(message.subject()).isEqualTo("Coming up: Date 0 and 6 more dates");
    assertThat(message.text())
        .contains(
            "• *Date 0*, today (Wednesday, November 25)",
            "• *Date 4*, in 4 days (Sunday, November 29)",
            "• and 2 more dates")
        .doesNotContain("Date 5");
  }

  private static CheckInContext context(ChannelType channel, List<UpcomingDate> dates) {
    return new CheckInContext("Ann", ZoneId.of("UTC"), channel, TODAY, dates, 30);
  }

  private static UpcomingDate date(String title, LocalDate on) {
    return new UpcomingDate(title, on, null, null);
  }
}
