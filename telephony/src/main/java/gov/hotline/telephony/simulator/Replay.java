package gov.hotline.telephony.simulator;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Replays a captured transcript into a session: its events in order (at full speed, or paced by the
 * capture clock times {@code speed}), optionally only a slice of them, optionally cutting the
 * connection at the end. The replies the capture client received to its own actions are not sent by
 * themselves; the session uses them to answer the same actions from the client under test.
 */
public final class Replay implements Feed {
  /**
   * Events a fresh login produces on its own; the simulator sends its own, so replays leave the
   * captured ones out.
   */
  private static final Set<String> LOGIN_EVENTS = Set.of("FullyBooted", "SuccessfulAuth");

  private final AmiTranscript transcript;
  private final int from;
  private final int to;
  private final int silentFrom;
  private final double speed;
  private final boolean cutAtEnd;
  private final int awayUntil;

  private Replay(
      AmiTranscript transcript,
      int from,
      int to,
      int silentFrom,
      double speed,
      boolean cutAtEnd,
      int awayUntil) {
    this.transcript = transcript;
    this.from = from;
    this.to = to;
    this.silentFrom = silentFrom;
    this.speed = speed;
    this.cutAtEnd = cutAtEnd;
    this.awayUntil = awayUntil;
  }

  /** The whole transcript at full speed. */
  public static Replay of(AmiTranscript transcript) {
    int n = transcript.blocks().size();
    return new Replay(transcript, 0, n, 0, 0, false, n);
  }

  /**
   * Only blocks {@code [from, to)} of the transcript (indexes into {@link AmiTranscript#blocks()}).
   */
  public Replay slice(int fromBlock, int toBlock) {
    return new Replay(transcript, fromBlock, toBlock, fromBlock, speed, cutAtEnd, toBlock);
  }

  /**
   * Blocks from {@code gapStart} up to the slice start happened while the client was away: the
   * simulated Asterisk lives through them (its state moves on) but sends nothing.
   */
  public Replay afterGapFrom(int gapStart) {
    return new Replay(transcript, from, to, gapStart, speed, cutAtEnd, awayUntil);
  }

  /**
   * Paces the replay by the capture clock; {@code 1.0} is real time, {@code 0} is as fast as
   * possible.
   */
  public Replay atSpeed(double factor) {
    return new Replay(transcript, from, to, silentFrom, factor, cutAtEnd, awayUntil);
  }

  /** Drops the connection without a goodbye once the slice is sent. */
  public Replay thenCut() {
    return new Replay(transcript, from, to, silentFrom, speed, true, awayUntil);
  }

  /**
   * After the cut, the simulated Asterisk lives through the blocks up to {@code resumeBlock} before
   * anyone can log in again: a client that reconnects and resynchronises sees the state after the
   * gap, as with a real Asterisk.
   */
  public Replay awayUntil(int resumeBlock) {
    return new Replay(transcript, from, to, silentFrom, speed, cutAtEnd, resumeBlock);
  }

  /** The first block this replay sends (an index into the transcript's blocks). */
  public int startIndex() {
    return from;
  }

  public AmiTranscript transcript() {
    return transcript;
  }

  @Override
  public void play(Out out) throws IOException, InterruptedException {
    List<AmiTranscript.Block> blocks = transcript.blocks();
    for (int i = silentFrom; i < from; i++) {
      AmiTranscript.Block b = blocks.get(i);
      if (!b.isBanner() && !b.isActionAnswer()) {
        out.skip(b.text());
      }
    }
    long startMs = -1;
    long startNanos = System.nanoTime();
    boolean loginPhase = true;
    for (int i = from; i < to && out.open(); i++) {
      AmiTranscript.Block b = blocks.get(i);
      out.position(transcript, i);
      if (b.isBanner() || b.isActionAnswer()) {
        continue;
      }
      String event = b.header("Event");
      if (loginPhase && event != null && LOGIN_EVENTS.contains(event)) {
        continue;
      }
      loginPhase = false;
      if (speed > 0 && b.ms() >= 0) {
        if (startMs < 0) {
          startMs = b.ms();
        }
        long dueNanos = startNanos + (long) ((b.ms() - startMs) / speed * 1_000_000);
        long waitMs = (dueNanos - System.nanoTime()) / 1_000_000;
        if (waitMs > 0) {
          Thread.sleep(waitMs);
        }
      }
      out.send(b.text());
    }
    if (cutAtEnd) {
      out.whileAway(
          () -> {
            out.cut();
            for (int i = to; i < awayUntil && i < blocks.size(); i++) {
              AmiTranscript.Block b = blocks.get(i);
              if (!b.isBanner() && !b.isActionAnswer()) {
                out.skip(b.text());
              }
            }
          });
    }
  }

  @Override
  public String toString() {
    return "replay of "
        + transcript.name()
        + " ["
        + from
        + ", "
        + to
        + ")"
        + (cutAtEnd ? " then cut" : "");
  }
}
