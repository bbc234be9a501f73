package gov.hotline.telephony.simulator;

import java.io.IOException;

/** A source of AMI events for one simulator session: a transcript replay or the call generator. */
public interface Feed {
  /**
   * Sends the feed's blocks through {@code out}; returns when the feed is done or the session is
   * gone.
   */
  void play(Out out) throws IOException, InterruptedException;

  /** Where a feed writes. */
  interface Out {
    /** Sends one block to the client (and applies it to the simulated Asterisk's state). */
    void send(String block) throws IOException;

    /**
     * Applies a block to the simulated Asterisk's state without sending it (it happened while
     * nobody listened).
     */
    void skip(String block);

    /**
     * Tells the session where a transcript replay stands, for answering actions with recorded
     * replies.
     */
    void position(AmiTranscript transcript, int index);

    /** Drops the TCP connection without a goodbye, as a network cut would. */
    void cut();

    /**
     * Sends a (possibly incomplete) block and cuts right after it, with nothing else written in
     * between.
     */
    void sendThenCut(String text) throws IOException;

    /**
     * Runs {@code work} while nobody can log in (what happens on the PBX while clients are away).
     */
    void whileAway(Runnable work);

    boolean open();

    long nowMillis();
  }
}
