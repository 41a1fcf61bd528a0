package dev.concierge.claude;

import static org.assertj.core.api.Assertions.assertThat;

/** The API key in no message of a failure, nor of anything that caused it. */
final class KeyAbsence {
  private KeyAbsence() {}

  static void assertNotIn(Throwable thrown, String key) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(key);
      assertThat(t.toString()).doesNotContain(key);
    }
  }
}
