package gov.hotline.telephony.adapter.recordings;

import gov.hotline.telephony.port.RecordingFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recordings in one directory. A name is only looked up when it is a plain, safe file name
 * (letters, digits, {@code . _ -}, no leading dot), and the file must be a regular file whose real
 * path lies inside the directory.
 */
public final class DirectoryRecordingFiles implements RecordingFiles {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,200}");
  private final Path root;

  public DirectoryRecordingFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public static boolean isSafeName(String name) {
    return name != null && SAFE.matcher(name).matches() && !name.contains("..");
  }

  @Override
  public Optional<Path> locate(String fileName) {
    if (!isSafeName(fileName)) {
      return Optional.empty();
    }
    Path p = root.resolve(fileName).normalize();
    if (!p.getParent().equals(root) || !Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try {
      Path real = p.toRealPath();
      Path realRoot = root.toRealPath();
      return real.startsWith(realRoot) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
          ? Optional.of(real)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> findByUniqueid(String uniqueid) {
    if (!isSafeName(uniqueid) || !Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*-" + uniqueid + ".wav")) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        if (locate(name).isPresent()) {
          return Optional.of(name);
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
