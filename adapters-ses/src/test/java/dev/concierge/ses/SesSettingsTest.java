package dev.concierge.ses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SesSettingsTest {

  @Test
  void email_needs_a_key_pair_and_a_sender_and_defaults_the_region() {
    SesSettings noSender = new SesSettings("AKIA1", "secret", null, null);

    assertThat(noSender.isConfigured()).isFalse();
    assertThat(noSender.region()).isEqualTo("us-east-1");
    assertThat(
            new SesSettings("AKIA1", "secret", "eu-west-1", "concierge@example.com").isConfigured())
        .isTrue();
  }

  @Test
  void the_secret_never_appears_in_its_printed_form() {
    assertThat(new SesSettings("AKIAKEY", "wJalrSECRET", "eu-west-1", "c@example.com").toString())
        .doesNotContain("wJalrSECRET")
        .doesNotContain("AKIAKEY");
  }
}
