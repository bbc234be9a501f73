package gov.hotline.telephony.adapter.spool;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.port.FrameSpool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spool of one Asterisk server in two local files: {@code <server>.spool}, one frame per line,
 * appended and fsynced per batch, and {@code <server>.done}, how many of its frames are stored
 * already (rewritten and fsynced per stored batch). Once every frame is stored both are emptied. A
 * crash between a stored batch and its {@code .done} line replays that batch once more, which the
 * raw log refuses and the fold absorbs (replaying the same events gives the same calls).
 *
 * <p>Only the ingestion thread of the server changes it (health reads its oldest frame); the frames
 * waiting are also kept in memory, as they were in the queue before.
 */
public final class FileFrameSpool implements FrameSpool {
  private static final Logger LOG = LoggerFactory.getLogger(FileFrameSpool.class);
  private static final Base64.Encoder B64 = Base64.getEncoder();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final Path spool;
  private final Path done;
  private final Deque<AmiFrame> waiting = new ConcurrentLinkedDeque<>();
  private long committed;

  private FileFrameSpool(Path spool, Path done) {
    this.spool = spool;
    this.done = done;
  }

  /**
   * The spool of {@code serverId} under {@code dir} for the ingestion lease {@code token}, with
   * what a previous run left in it — only if that run held the lease just before ({@code token -
   * 1}): then nobody else ingested the server in between, and its frames go in first, in order.
   * Frames left by an older holder are dropped (another instance ingested since, resynchronised and
   * repaired the gap from queue_log; writing them now would fold old events over newer ones).
   */
  public static FileFrameSpool open(Path dir, String serverId, long token) {
    try {
      Files.createDirectories(dir);
      FileFrameSpool s =
          new FileFrameSpool(dir.resolve(serverId + ".spool"), dir.resolve(serverId + ".done"));
      Path owner = dir.resolve(serverId + ".token");
      long previous =
          Files.exists(owner) ? Long.parseLong(Files.readString(owner).trim()) : token - 1;
      s.load();
      if (s.pending() && previous != token - 1 && previous != token) {
        LOG.warn(
            "AMI spool of {} holds {} frames of lease token {}, but another instance ingested since"
                + " (now token {}): dropped, the gap is repaired from queue_log",
            serverId,
            s.waiting.size(),
            previous,
            token);
        s.commit(s.waiting.size());
      }
      write(owner, Long.toString(token));
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("AMI spool under " + dir + " cannot be opened", e);
    }
  }

  private void load() throws IOException {
    if (!Files.exists(spool)) {
      return;
    }
    byte[] bytes = Files.readAllBytes(spool);
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
      // a crash cut the last line: end it, so the next batch starts on a line of its own
      Files.write(spool, new byte[] {'\n'}, StandardOpenOption.APPEND);
    }
    long skip = 0;
    if (Files.exists(done)) {
      String text = Files.readString(done).trim();
      skip = text.isEmpty() ? 0 : Long.parseLong(text);
    }
    long line = 0;
    for (String l : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (l.isBlank()) {
        continue;
      }
      AmiFrame f = parse(l);
      if (f == null) {
        LOG.warn("AMI spool {}: line {} is incomplete (cut by a crash), ignored", spool, line + 1);
        continue;
      }
      if (line++ >= skip) {
        waiting.add(f);
      }
    }
    committed = skip;
    if (!waiting.isEmpty()) {
      LOG.info("AMI spool {} holds {} frames not yet stored", spool, waiting.size());
    }
  }

  @Override
  public boolean pending() {
    return !waiting.isEmpty();
  }

  @Override
  public void append(List<AmiFrame> frames) {
    if (frames.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    frames.forEach(f -> out.append(format(f)).append('\n'));
    try (FileChannel ch =
        FileChannel.open(
            spool,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("AMI spool " + spool + " cannot be written", e);
    }
    waiting.addAll(frames);
  }

  @Override
  public List<AmiFrame> peek(int max) {
    List<AmiFrame> out = new ArrayList<>(Math.min(max, waiting.size()));
    for (AmiFrame f : waiting) {
      if (out.size() == max) {
        break;
      }
      out.add(f);
    }
    return out;
  }

  @Override
  public void commit(int n) {
    for (int i = 0; i < n && !waiting.isEmpty(); i++) {
      waiting.removeFirst();
    }
    committed += n;
    try {
      if (waiting.isEmpty()) {
        write(done, "0");
        try (FileChannel ch =
            FileChannel.open(
                spool, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          ch.force(true);
        }
        committed = 0;
      } else {
        write(done, Long.toString(committed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("AMI spool " + done + " cannot be written", e);
    }
  }

  @Override
  public long oldestReceivedNanos() {
    AmiFrame f = waiting.peekFirst();
    return f == null ? Long.MAX_VALUE : f.receivedNanos();
  }

  private static void write(Path file, String text) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      ch.force(false);
    }
  }

  static String format(AmiFrame f) {
    return String.join(
        "\t",
        f.type().name(),
        f.serverId(),
        Long.toString(f.sessionId()),
        Long.toString(f.seq()),
        Long.toString(f.receivedAt().getEpochSecond()),
        Integer.toString(f.receivedAt().getNano()),
        f.truncated() ? "1" : "0",
        f.raw() == null ? "-" : B64.encodeToString(f.raw().getBytes(StandardCharsets.UTF_8)),
        "end");
  }

  /** One line back into a frame; null for a line a crash cut short. */
  static AmiFrame parse(String line) {
    String[] p = line.split("\t", -1);
    if (p.length != 9 || !"end".equals(p[8])) {
      return null;
    }
    return new AmiFrame(
        AmiFrame.Type.valueOf(p[0]),
        p[1],
        Long.parseLong(p[2]),
        Long.parseLong(p[3]),
        Instant.ofEpochSecond(Long.parseLong(p[4]), Integer.parseInt(p[5])),
        System.nanoTime(),
        "-".equals(p[7]) ? null : new String(B64D.decode(p[7]), StandardCharsets.UTF_8),
        "1".equals(p[6]));
  }
}
