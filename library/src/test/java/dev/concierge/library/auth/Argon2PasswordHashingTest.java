package dev.concierge.library.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Argon2PasswordHashingTest {
  /** Small enough to keep the suite fast; the format and the checks are the same. */
  private static final Argon2PasswordHashing.Parameters SMALL =
      new Argon2PasswordHashing.Parameters(64, 1, 1);

  private final Argon2PasswordHashing hashing = new Argon2PasswordHashing(SMALL);

  @Test
  void a_hash_is_a_phc_string_that_the_right_password_verifies() {
    String hash = hashing.hash("correct horse battery");

    assertThat(hash)
        .matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(hashing.verify("correct horse battery", hash)).isTrue();
    assertThat(hashing.needsRehash(hash)).isFalse();
  }

  @Test
  void a_wrong_password_does_not_verify_and_each_hash_has_its_own_salt() {
    String hash = hashing.hash("correct horse battery");

    assertThat(hashing.verify("correct horse batterY", hash)).isFalse();
    assertThat(hashing.verify("", hash)).isFalse();
    assertThat(hashing.hash("correct horse battery")).isNotEqualTo(hash);
  }

  /**
   * Hashes made by the reference C implementation (libargon2, {@code argon2id_hash_encoded}) of
   * "correct horse battery" with the salt "0123456789abcdef": ours must read theirs, at the small
   * test cost and at the default one.
   */
  @Test
  void hashes_of_the_reference_implementation_verify() {
    String small =
        "$argon2id$v=19$m=64,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$/ur5fLELUb1eXkT9oKHqq6gHGZ9Phwgbj4qyIcCNaYc";
    String owasp =
        "$argon2id$v=19$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg"
            + "$69I7qCjDTsQwhQqFvpQJiqEI0lGQvxC84fXE0Ktxca4";

    assertThat(hashing.verify("correct horse battery", small)).isTrue();
    assertThat(hashing.verify("correct horse batter", small)).isFalse();
    assertThat(new Argon2PasswordHashing().verify("correct horse battery", owasp)).isTrue();
    assertThat(new Argon2PasswordHashing().needsRehash(owasp)).isFalse();
  }

  @Test
  void a_tampered_or_unreadable_hash_verifies_nothing() {
    String hash = hashing.hash("correct horse battery");
    String digest = hash.substring(hash.lastIndexOf('$') + 1);
    char flipped = digest.charAt(5) == 'A' ? 'B' : 'A';
    String tampered =
        hash.substring(0, hash.lastIndexOf('$') + 1)
            + digest.substring(0, 5)
            + flipped
            + digest.substring(6);

    assertThat(hashing.verify("correct horse battery", tampered)).isFalse();
    assertThat(hashing.verify("correct horse battery", hash.replace("t=1", "t=2"))).isFalse();
    assertThat(hashing.verify("correct horse battery", hash.replace("argon2id", "argon2i")))
        .isFalse();
    for (String unreadable :
        new String[] {
          null,
          "",
          "plain text",
          "$argon2id$v=19$m=64,t=1,p=1$$",
          "$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHQ$" + digest,
          "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHQ$" + digest,
          "$argon2id$v=19$m=64,t=0,p=1$c29tZXNhbHQ$" + digest,
          "$argon2id$v=19$m=64,t=1,p=99$c29tZXNhbHQ$" + digest,
          "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
        }) {
      assertThat(hashing.verify("correct horse battery", unreadable)).as(unreadable).isFalse();
      assertThat(hashing.needsRehash(unreadable)).as(unreadable).isTrue();
    }
  }

  @Test
  void a_hash_made_with_other_parameters_verifies_but_is_due_for_a_rehash() {
    String old =
        new Argon2PasswordHashing(new Argon2PasswordHashing.Parameters(32, 1, 1)).hash("pw");

    assertThat(hashing.verify("pw", old)).isTrue();
    assertThat(hashing.needsRehash(old)).isTrue();
  }

  @Test
  void the_default_is_owasps_argon2id_configuration() {
    assertThat(Argon2PasswordHashing.Parameters.OWASP)
        .isEqualTo(new Argon2PasswordHashing.Parameters(19 * 1024, 2, 1));
    assertThat(new Argon2PasswordHashing().needsRehash(hashing.hash("pw"))).isTrue();
  }

  @Test
  void the_same_text_composed_differently_is_the_same_password() {
    String hash = hashing.hash("caf\u00e9 au lait!");

    assertThat(hashing.verify("cafe\u0301 au lait!", hash)).isTrue();
  }

  @Test
  void impossible_parameters_are_refused() {
    assertThatThrownBy(() -> new Argon2PasswordHashing.Parameters(4, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2PasswordHashing.Parameters(64, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2PasswordHashing.Parameters(64, 1, 17))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
