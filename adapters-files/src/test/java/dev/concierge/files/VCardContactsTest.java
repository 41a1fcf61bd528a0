package dev.concierge.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.exchange.TableRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VCardContactsTest {
  @Test
  void a_vcard_4_with_folded_lines_escapes_and_a_birthday_without_a_year() {
    TableRow card =
        read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë Müller\\, PhD\\nline\r\n"
                + "UID:urn:uuid:1234\r\nNICKNAME:Zo,Zozo\r\n"
                + "EMAIL;TYPE=work:work@example.com\r\nEMAIL;PREF=1:zoe@exam\r\n ple.com\r\n"
                + "TZ;VALUE=text:Europe/Berlin\r\nBDAY:--0315\r\nANNIVERSARY:20090808T000000Z\r\n"
                + "END:VCARD\r\n")
            .get(0);

    assertThat(card.number()).isEqualTo(1);
    assertThat(card.cell("full_name")).isEqualTo("Zoë Müller, PhD\nline");
    assertThat(card.cell("preferred_name")).isEqualTo("Zo");
    assertThat(card.cell("external_id")).isEqualTo("urn:uuid:1234");
    assertThat(card.cell("email")).isEqualTo("zoe@example.com");
    assertThat(card.cell("timezone")).isEqualTo("Europe/Berlin");
    assertThat(card.cell("birthday")).isEqualTo("--03-15");
    assertThat(card.cell("anniversary")).isEqualTo("2009-08-08");
  }

  @Test
  void a_vcard_3_from_apple_with_n_omitted_year_and_a_labelled_anniversary() {
    List<TableRow> cards =
        read(
            "BEGIN:VCARD\nVERSION:3.0\nN:Chen;Sarah;;;\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-11-02\n"
                + "item1.X-ABDATE;type=pref:2001-06-30\nitem1.X-ABLabel:_$!<Anniversary>!$_\n"
                + "item2.X-ABDATE:2010-01-01\nitem2.X-ABLabel:_$!<Other>!$_\n"
                + "TZ:-05:00\nEND:VCARD\n"
                + "BEGIN:VCARD\nVERSION:3.0\nFN:Tom\nBDAY:1980-1-1\nX-ANNIVERSARY:1999-09-09\n"
                + "END:VCARD\n");

    assertThat(cards.get(0).cell("full_name")).isEqualTo("Sarah Chen");
    assertThat(cards.get(0).cell("birthday")).isEqualTo("--11-02");
    assertThat(cards.get(0).cell("anniversary")).isEqualTo("2001-06-30");
    assertThat(cards.get(0).cell("timezone")).as("an offset is no zone").isNull();
    assertThat(cards.get(1).cell("birthday"))
        .as("left for the import to report")
        .isEqualTo("1980-1-1");
    assertThat(cards.get(1).cell("anniversary")).isEqualTo("1999-09-09");
  }

  @Test
  void a_file_without_a_card_is_refused() {
    assertThatThrownBy(() -> read("hello\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no vCard");
  }

  private static List<TableRow> read(String text) {
    return new VCardContacts()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
