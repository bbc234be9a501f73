package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.port.IngestionMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingestion thread of one Asterisk server: takes what the reader queued, in batches of up to
 * {@value #MAX_BATCH}, stores each batch (retrying with a growing pause while the database is away; the queue
 * meanwhile absorbs the stream, and overflow is counted), then hands the committed result to {@code committed}
 * (live board, push, follow-up work). Events are published only after their commit.
 */
public final class IngestionPump implements AutoCloseable {
  static final int MAX_BATCH = 2000;
  private static final Logger LOG = LoggerFactory.getLogger(IngestionPump.class);

  private final IngestionQueue queue;
  private final IngestionService service;
  private final IngestionMetrics metrics;
  private final Consumer<IngestResult> committed;
  private final Thread thread;
  private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> tasks =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private volatile boolean running = true;
  private volatile long lastLagNanos;

  public IngestionPump(IngestionQueue queue, IngestionService service, IngestionMetrics metrics,
                       Consumer<IngestResult> committed) {
    this.queue = queue;
    this.service = service;
    this.metrics = metrics;
    this.committed = committed;
    this.thread = Thread.ofPlatform().daemon().name("ami-ingest-" + service.serverId()).unstarted(this::run);
  }

  public IngestionPump start() {
    thread.start();
    return this;
  }

  /** How far behind the socket the last committed message was (receive → commit). */
  public long lagNanos() {
    return lastLagNanos;
  }

  private void run() {
    List<AmiFrame> batch = new ArrayList<>(MAX_BATCH);
    try {
      while (running || queue.depth() > 0) {
        runTasks();
        if (queue.drain(batch, MAX_BATCH, 100) == 0) {
          continue;
        }
        storeWithRetry(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs work that must not race with ingestion (a repair from queue_log) on the ingestion thread, between two
   * batches, so that one thread writes the calls of this server.
   */
  public <T> java.util.concurrent.CompletableFuture<T> submit(java.util.function.Function<IngestionService, T> work) {
    var done = new java.util.concurrent.CompletableFuture<T>();
    tasks.add(() -> {
      try {
        done.complete(work.apply(service));
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
    });
    return done;
  }

  private void runTasks() {
    Runnable t;
    while ((t = tasks.poll()) != null) {
      t.run();
    }
  }

  private void storeWithRetry(List<AmiFrame> batch) throws InterruptedException {
    long pause = 50;
    while (true) {
      long start = System.nanoTime();
      try {
        IngestResult result = service.ingest(batch);
        long now = System.nanoTime();
        metrics.stored(service.serverId(), result.counts(), now - start);
        for (ReceivedMessage m : result.messages()) {
          metrics.latency(service.serverId(), now - m.receivedNanos());
        }
        if (!result.messages().isEmpty()) {
          lastLagNanos = now - result.messages().getLast().receivedNanos();
        }
        notifyCommitted(result);
        return;
      } catch (RuntimeException e) {
        metrics.failed(service.serverId());
        LOG.warn("storing {} AMI frames of {} failed, retrying in {} ms: {}", batch.size(), service.serverId(),
            pause, e.toString());
        if (!running) {
          return;
        }
        Thread.sleep(pause);
        pause = Math.min(5000, pause * 2);
      }
    }
  }

  private void notifyCommitted(IngestResult result) {
    try {
      committed.accept(result);
    } catch (RuntimeException e) {
      LOG.warn("after-commit handling of {} failed", service.serverId(), e);
    }
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread.interrupt();
  }
}
