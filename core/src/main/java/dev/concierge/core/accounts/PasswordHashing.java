package dev.concierge.core.accounts;

/**
 * A slow, salted, memory-hard password hash, encoded as a self-describing string (PHC format), so
 * that core decides when a password is checked without knowing how.
 */
public interface PasswordHashing {
  /** A new hash of the password, with a fresh salt and the current parameters. */
  String hash(String password);

  /**
   * Whether the password is the one the hash was made from. A hash that cannot be read is matched
   * by no password. Takes as long for a wrong password as for the right one.
   */
  boolean verify(String password, String hash);

  /**
   * Whether the hash was made with other parameters than new hashes get, so it should be redone.
   */
  boolean needsRehash(String hash);
}
