package dev.concierge.library.auth;

import dev.concierge.core.accounts.PasswordHashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through Bouncy Castle, in the PHC string format every Argon2 library reads:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in unpadded base64. The
 * parameters travel with each hash, so changing them later still verifies old hashes, and {@link
 * #needsRehash} tells when one is due for an upgrade. Thread-safe.
 *
 * <p>Each hash takes its memory cost in heap while it runs, so only a few run at once (the rest
 * wait): a burst of sign-ins must slow down rather than exhaust the heap.
 */
public final class Argon2PasswordHashing implements PasswordHashing {
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})"
              + "\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{11,86})");

  /**
   * The cost of a hash: memory in KiB, passes over it, lanes.
   *
   * <p>{@link #OWASP} is the OWASP Password Storage Cheat Sheet's first Argon2id configuration (19
   * MiB, 2 passes, 1 lane): a few hundred milliseconds of one core here, which a person signing in
   * does not notice and which makes guessing a stolen hash cost the same each try.
   */
  public record Parameters(int memoryKib, int iterations, int parallelism) {
    public static final Parameters OWASP = new Parameters(19 * 1024, 2, 1);

    /**
     * The most a stored hash may ask for before it is refused unread: a hash tampered with in the
     * database must not be able to make a sign-in allocate gigabytes.
     */
    static final Parameters MOST = new Parameters(256 * 1024, 16, 16);

    public Parameters {
      if (parallelism < 1 || parallelism > 16) {
        throw new IllegalArgumentException("parallelism must be 1 to 16");
      }
      if (iterations < 1 || iterations > 16) {
        throw new IllegalArgumentException("iterations must be 1 to 16");
      }
      // Argon2 needs at least 8 KiB per lane
      if (memoryKib < 8 * parallelism || memoryKib > 256 * 1024) {
        throw new IllegalArgumentException("memoryKib must be 8 per lane to 262144");
      }
    }
  }

  private record Phc(Parameters parameters, byte[] salt, byte[] hash) {}

  private final Parameters parameters;
  private final Semaphore running;
  private final SecureRandom random = new SecureRandom();

  /** With the {@link Parameters#OWASP} cost. */
  public Argon2PasswordHashing() {
    this(Parameters.OWASP);
  }

  /** With another cost; tests use a small one to stay fast. */
  public Argon2PasswordHashing(Parameters parameters) {
    this.parameters = parameters;
    this.running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
  }

  @Override
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, parameters, HASH_BYTES);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m="
        + parameters.memoryKib()
        + ",t="
        + parameters.iterations()
        + ",p="
        + parameters.parallelism()
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  @Override
  public boolean verify(String password, String hash) {
    Phc phc = parse(hash);
    if (phc == null || password == null) {
      return false;
    }
    byte[] derived = derive(password, phc.salt(), phc.parameters(), phc.hash().length);
    // compares every byte whatever the first difference, so the time taken tells nothing
    return MessageDigest.isEqual(derived, phc.hash());
  }

  @Override
  public boolean needsRehash(String hash) {
    Phc phc = parse(hash);
    return phc == null
        || !phc.parameters().equals(parameters)
        || phc.salt().length != SALT_BYTES
        || phc.hash().length != HASH_BYTES;
  }

  private byte[] derive(String password, byte[] salt, Parameters cost, int length) {
    // the same text typed on another device may arrive composed differently (NIST SP 800-63B)
    byte[] secret =
        Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[length];
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build());
    running.acquireUninterruptibly();
    try {
      generator.generateBytes(secret, out);
      return out;
    } finally {
      running.release();
      Arrays.fill(secret, (byte) 0);
    }
  }

  /** The parts of a PHC string, or null when it is not an Argon2id hash this class can check. */
  private static Phc parse(String hash) {
    if (hash == null) {
      return null;
    }
    Matcher m = PHC.matcher(hash);
    if (!m.matches()) {
      return null;
    }
    int memory = Integer.parseInt(m.group(1));
    int iterations = Integer.parseInt(m.group(2));
    int parallelism = Integer.parseInt(m.group(3));
    if (memory > Parameters.MOST.memoryKib()
        || iterations < 1
        || iterations > Parameters.MOST.iterations()
        || parallelism < 1
        || parallelism > Parameters.MOST.parallelism()
        || memory < 8 * parallelism) {
      return null;
    }
    try {
      byte[] salt = Base64.getDecoder().decode(m.group(4));
      byte[] expected = Base64.getDecoder().decode(m.group(5));
      if (salt.length < 8 || expected.length < 16) {
        return null;
      }
      return new Phc(new Parameters(memory, iterations, parallelism), salt, expected);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
