package dev.concierge.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.core.errors.FieldError;
import dev.concierge.core.persons.PersonType;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonRowsTest {
  @Test
  void every_invalid_row_is_reported_with_its_number_and_column_and_the_valid_ones_are_kept() {
    PersonRows.Checked checked =
        PersonRows.check(
            List.of(
                row(2, "full_name", "Sarah Chen", "birthday", "1985-03-15", "person_type", ""),
                row(3, "full_name", "", "birthday", "15/03/1985"),
                row(4, "full_name", "Tom", "timezone", "+02:00", "person_type", "vip"),
                row(5, "full_name", "Ana", "person_id", "not-a-uuid", "email", "ana@")));

    assertThat(checked.valid()).extracting(ImportedPerson::fullName).containsExactly("Sarah Chen");
    assertThat(checked.valid().get(0).personType()).as("blank: decided later").isNull();
    assertThat(checked.errors())
        .extracting(FieldError::field)
        .containsExactly(
            "row 3.full_name",
            "row 3.birthday",
            "row 4.person_type",
            "row 4.timezone",
            "row 5.person_id",
            "row 5.email");
    assertThat(checked.invalidRows()).containsExactlyInAnyOrder(3, 4, 5);
  }

  @Test
  void a_file_naming_the_same_person_twice_is_refused_on_the_second_row() {
    PersonRows.Checked checked =
        PersonRows.check(
            List.of(
                row(2, "full_name", "Sarah", "external_id", "crm-1", "email", "s@example.com"),
                row(3, "full_name", "Sal", "email", "S@Example.com"),
                row(4, "full_name", "Sarah again", "external_id", "crm-1")));

    assertThat(checked.errors())
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("row 3.email", "names the same person as row 2"),
            org.assertj.core.groups.Tuple.tuple(
                "row 4.external_id", "names the same person as row 2"));
  }

  @Test
  void birthdays_and_anniversaries_are_yearly_dates_with_or_without_their_year() {
    ImportedPerson person =
        PersonRows.check(
                List.of(
                    row(
                        2,
                        "full_name",
                        "Zoë",
                        "person_type",
                        "family_member",
                        "birthday",
                        "--02-29",
                        "anniversary",
                        "2009-08-08")))
            .valid()
            .get(0);

    assertThat(person.personType()).isEqualTo(PersonType.FAMILY_MEMBER);
    assertThat(person.birthday()).as("no year, no birthday on the person").isNull();
    YearlyDate birthday = person.dates().get(0);
    assertThat(birthday.day()).isEqualTo(MonthDay.of(2, 29));
    assertThat(birthday.start(LocalDate.of(2025, 10, 27))).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(birthday.nextOccurrence(LocalDate.of(2025, 10, 27)))
        .hasValue(LocalDate.of(2026, 2, 28));
    YearlyDate anniversary = person.dates().get(1);
    assertThat(anniversary.title()).isEqualTo("Anniversary");
    assertThat(anniversary.start(LocalDate.of(2025, 10, 27))).isEqualTo(LocalDate.of(2009, 8, 8));
  }

  @Test
  void columns_no_persons_file_has_are_named() {
    assertThat(PersonRows.unknownColumns(List.of(row(2, "full_name", "A", "nickname", "B"))))
        .extracting(FieldError::message)
        .singleElement()
        .asString()
        .startsWith("unknown column \"nickname\"");
  }

  private static TableRow row(int number, String... cells) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < cells.length; i += 2) {
      map.put(cells[i], cells[i + 1]);
    }
    return new TableRow(number, map);
  }
}
