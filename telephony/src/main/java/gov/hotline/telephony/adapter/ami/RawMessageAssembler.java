package gov.hotline.telephony.adapter.ami;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.port.FrameSink;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rebuilds the raw text of each AMI message from the lines Asterisk-Java's reader pulls off the
 * socket, and hands it to the sink at once. Runs on the socket reader thread, so it only appends
 * strings: parsing happens later on the ingestion thread. A message longer than {@link #MAX_CHARS}
 * is cut there and flagged; what is left in the buffer when the socket closes is handed over as a
 * partial message. Replies to our own pings are not kept.
 */
final class RawMessageAssembler {
  /**
   * The most of one message that is kept (a huge header beyond this is cut and the message
   * flagged).
   */
  static final int MAX_CHARS = 1 << 20;

  private final String serverId;
  private final long sessionId;
  private final FrameSink sink;
  private final LongAdder dropped;
  private final StringBuilder buf = new StringBuilder(1024);
  private long seq;
  private boolean truncated;

  RawMessageAssembler(String serverId, long sessionId, FrameSink sink, LongAdder dropped) {
    this.serverId = serverId;
    this.sessionId = sessionId;
    this.sink = sink;
    this.dropped = dropped;
  }

  void line(String line) {
    if (line.isEmpty()) {
      if (!buf.isEmpty()) {
        buf.append("\r\n");
        flush(AmiFrame.Type.MESSAGE);
      }
      return;
    }
    if (buf.isEmpty() && line.startsWith("Asterisk Call Manager/")) {
      buf.append(line).append("\r\n");
      flush(AmiFrame.Type.MESSAGE);
      return;
    }
    int room = MAX_CHARS - buf.length();
    if (line.length() + 2 <= room) {
      buf.append(line).append("\r\n");
    } else {
      truncated = true;
      if (room > 0) {
        buf.append(line, 0, Math.min(line.length(), room));
      }
    }
  }

  /** The socket closed: whatever is buffered is a message cut in half. */
  void end() {
    if (!buf.isEmpty()) {
      flush(AmiFrame.Type.PARTIAL);
    }
  }

  private void flush(AmiFrame.Type type) {
    String raw = buf.toString();
    boolean cut = truncated;
    buf.setLength(0);
    truncated = false;
    if (isPong(raw)) {
      return;
    }
    AmiFrame f =
        new AmiFrame(type, serverId, sessionId, seq++, Instant.now(), System.nanoTime(), raw, cut);
    if (!sink.offer(f)) {
      dropped.increment();
    }
  }

  private static boolean isPong(String raw) {
    return raw.startsWith("Response: Success\r\n")
        && raw.contains("\r\nPing: Pong\r\n")
        && raw.length() < 200;
  }
}
