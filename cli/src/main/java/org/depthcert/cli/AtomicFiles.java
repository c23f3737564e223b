package org.depthcert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes output files whole or not at all: into a temporary file beside the target, then a move. */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Path target, String content) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      // createTempFile makes the file private (0600); an output is an ordinary readable file.
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original error is the one to report
        }
      }
      throw new UsageError("cannot write " + target + ": " + e.getMessage());
    }
  }
}
