package gov.hotline.telephony.adapter.queuelog;

import gov.hotline.telephony.domain.QueueLogEntry;
import gov.hotline.telephony.port.QueueLogSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads Asterisk's queue_log file (UTF-8; member names and pause reasons may be Chinese). The file
 * is read from the start each time; Asterisk rotates it daily, so it stays small. A missing file
 * reads as empty.
 */
public final class FileQueueLog implements QueueLogSource {
  private final Path file;

  public FileQueueLog(Path file) {
    this.file = file;
  }

  @Override
  public List<QueueLogEntry> read(Instant from, Instant to) {
    List<QueueLogEntry> out = new ArrayList<>();
    forEach(
        e -> {
          if (!e.at().isBefore(from) && e.at().isBefore(to)) {
            out.add(e);
          }
        });
    return out;
  }

  @Override
  public Optional<Instant> newest() {
    Instant[] max = {null};
    forEach(e -> max[0] = max[0] == null || e.at().isAfter(max[0]) ? e.at() : max[0]);
    return Optional.ofNullable(max[0]);
  }

  private void forEach(Consumer<QueueLogEntry> f) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        QueueLogEntry.parse(line).ifPresent(f);
      }
    } catch (NoSuchFileException e) {
      // nothing logged yet
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read queue_log " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
