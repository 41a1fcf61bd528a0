package dev.concierge.ses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailHtmlTest {

  @Test
  void escapes_markup_that_people_type() {
    assertThat(EmailHtml.escape("<a href=\"x\">Tom's & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Test
  void blank_lines_make_paragraphs_and_single_breaks_stay_breaks() {
    String html = EmailHtml.fromText("Hello Ana,\r\nyour dinner is at 8.\n \n\n\nSee you");

    assertThat(html)
        .contains("<p>Hello Ana,<br>\nyour dinner is at 8.</p>\n<p>See you</p>")
        .startsWith("<!DOCTYPE html>")
        .endsWith("</body></html>");
  }

  @Test
  void empty_text_gives_an_empty_body() {
    assertThat(EmailHtml.fromText("  \n ")).doesNotContain("<p>").contains("<body>");
  }
}
