package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.port.FrameSink;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bounded hand-off between the AMI reader thread and ingestion. {@link #offer} never waits:
 * when the queue is full the frame is dropped and counted (the gap is repaired later from
 * queue_log), because a blocked reader would stall pings and responses too. Connection boundaries
 * wait for room instead: they are few and must not be lost.
 */
public final class IngestionQueue implements FrameSink {
  private final ArrayBlockingQueue<AmiFrame> queue;
  private final LongAdder offered = new LongAdder();
  private final LongAdder dropped = new LongAdder();

  public IngestionQueue(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  @Override
  public boolean offer(AmiFrame frame) {
    offered.increment();
    if (queue.offer(frame)) {
      return true;
    }
    dropped.increment();
    return false;
  }

  @Override
  public void boundary(AmiFrame frame) {
    try {
      queue.put(frame);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits up to {@code waitMillis} for a first frame, then takes what is there, up to {@code max}
   * frames.
   */
  int drain(List<AmiFrame> into, int max, long waitMillis) throws InterruptedException {
    AmiFrame first = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
    if (first == null) {
      return 0;
    }
    into.add(first);
    return 1 + queue.drainTo(into, max - 1);
  }

  /** The oldest frame still waiting, if any. */
  AmiFrame peek() {
    return queue.peek();
  }

  public int depth() {
    return queue.size();
  }

  public int capacity() {
    return queue.size() + queue.remainingCapacity();
  }

  public long offered() {
    return offered.sum();
  }

  public long dropped() {
    return dropped.sum();
  }
}
