package dev.concierge.cli;

import dev.concierge.core.errors.ConfigurationException;
import dev.concierge.library.auth.JwtAccessTokens;
import dev.concierge.library.auth.TokenSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code $CONCIERGE_DATA_DIR/jwt-secret}: the key access tokens are signed with when JWT_SECRET is
 * not set. Generated on the first start (384 random bits), readable by its owner only, and kept, so
 * that signed-in staff stay signed in across restarts. Deleting it signs everyone out.
 */
final class JwtSecretFile {
  static final String NAME = "jwt-secret";
  private static final int RANDOM_BYTES = 48;

  private JwtSecretFile() {}

  static String readOrCreate(Path dataDir) {
    Path file = dataDir.resolve(NAME);
    try {
      if (!Files.exists(file)) {
        try {
          return create(dataDir, file);
        } catch (FileAlreadyExistsException e) {
          // another process made it first: use theirs
        }
      }
      String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (TokenSettings.bytes(secret) < JwtAccessTokens.MIN_SECRET_BYTES) {
        throw new ConfigurationException(
            file
                + " holds fewer than "
                + JwtAccessTokens.MIN_SECRET_BYTES
                + " bytes: delete it to have a new one generated, or set JWT_SECRET");
      }
      return secret;
    } catch (IOException e) {
      throw new ConfigurationException(
          "cannot read or write the token secret " + file + ": " + e.getMessage(), e);
    }
  }

  private static String create(Path dataDir, Path file) throws IOException {
    byte[] random = new byte[RANDOM_BYTES];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createDirectories(dataDir);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      // created with owner-only permissions, so the secret is never readable by others
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file,
          secret + System.lineSeparator(),
          StandardCharsets.US_ASCII,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    } else {
      Files.writeString(
          file,
          secret + System.lineSeparator(),
          StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    }
    return secret;
  }
}
