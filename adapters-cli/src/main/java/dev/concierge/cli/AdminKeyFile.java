package dev.concierge.cli;

import dev.concierge.core.errors.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code $CONCIERGE_DATA_DIR/admin-api-key}: the first admin key, readable by its owner only, so a
 * script can {@code cat} it after the first start.
 */
final class AdminKeyFile {
  static final String NAME = "admin-api-key";

  private AdminKeyFile() {}

  static Path write(Path dataDir, String key) {
    Path file = dataDir.resolve(NAME);
    try {
      Files.createDirectories(dataDir);
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // created with owner-only permissions, so the key is never readable by others
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(
          file,
          key + System.lineSeparator(),
          StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
      return file;
    } catch (IOException e) {
      throw new ConfigurationException(
          "cannot write the admin API key to " + file + ": " + e.getMessage(), e);
    }
  }
}
