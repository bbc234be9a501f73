package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.port.FrameSpool;
import gov.hotline.telephony.port.IngestionMetrics;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingestion thread of one Asterisk server: takes what the reader queued, in batches of up to
 * {@value #MAX_BATCH}, stores each batch, then hands the committed result to {@code committed}
 * (live board, push, follow-up work). Events are published only after their commit.
 *
 * <p>No message can stall it. While the database is unreachable the same work is retried with a
 * growing pause; meanwhile the batch and the stream go to the {@link FrameSpool} on disk (fsynced
 * per batch, so a crash during the outage loses nothing, and the next start stores them first), or,
 * without a spool, wait in the queue (overflow is counted). A batch that fails for any other reason
 * is stored raw first and then folded message by message; a message whose fold fails is flagged
 * with its error, counted, and the fold goes on with the next one.
 */
public final class IngestionPump implements AutoCloseable {
  static final int MAX_BATCH = 2000;

  /** How far back {@link Health#recentFoldErrors()} counts. */
  public static final Duration FOLD_ERROR_WINDOW = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(IngestionPump.class);

  private final IngestionQueue queue;
  private final IngestionService service;
  private final IngestionMetrics metrics;
  private final Consumer<IngestResult> committed;
  private final Clock clock;
  private final LongSupplier nanos;
  private final Thread thread;
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedDeque<Instant> foldErrors = new ConcurrentLinkedDeque<>();
  private volatile boolean running = true;
  private volatile long lastLagNanos;
  private volatile long inFlightSince;
  private volatile boolean inFlight;
  private volatile boolean failing;
  private volatile String lastFoldError;
  private volatile boolean stopped;
  private final FrameSpool spool;
  private List<AmiFrame> current = List.of();
  private boolean currentSpooled;

  /**
   * What the pump says about itself: the age of the oldest frame not yet stored and folded (zero
   * when nothing waits), whether storing is failing right now, the fold errors of the last {@link
   * #FOLD_ERROR_WINDOW}, the last one.
   */
  public record Health(
      Duration oldestPending, boolean failing, int recentFoldErrors, String lastFoldError) {}

  public IngestionPump(
      IngestionQueue queue,
      IngestionService service,
      IngestionMetrics metrics,
      Consumer<IngestResult> committed) {
    this(queue, service, metrics, committed, Clock.systemUTC(), System::nanoTime);
  }

  /**
   * With the clocks that fold errors are dated by and frame ages are measured with (frames carry
   * nanoTime).
   */
  public IngestionPump(
      IngestionQueue queue,
      IngestionService service,
      IngestionMetrics metrics,
      Consumer<IngestResult> committed,
      Clock clock,
      LongSupplier nanos) {
    this(queue, service, metrics, committed, clock, nanos, FrameSpool.NONE);
  }

  /**
   * With a {@link FrameSpool} that keeps, durably, what waits while the database is unreachable
   * (and what waited when the process died: it is stored first).
   */
  public IngestionPump(
      IngestionQueue queue,
      IngestionService service,
      IngestionMetrics metrics,
      Consumer<IngestResult> committed,
      Clock clock,
      LongSupplier nanos,
      FrameSpool spool) {
    this.spool = spool;
    this.queue = queue;
    this.service = service;
    this.metrics = metrics;
    this.committed = committed;
    this.clock = clock;
    this.nanos = nanos;
    this.thread =
        Thread.ofPlatform().daemon().name("ami-ingest-" + service.serverId()).unstarted(this::run);
  }

  public IngestionPump start() {
    thread.start();
    return this;
  }

  /** How far behind the socket the last committed message was (receive → commit). */
  public long lagNanos() {
    return lastLagNanos;
  }

  public Health health() {
    long oldest;
    if (inFlight) {
      oldest = inFlightSince;
    } else {
      AmiFrame head = queue.peek();
      oldest = head == null ? nanos.getAsLong() : head.receivedNanos();
    }
    oldest = Math.min(oldest, spool.oldestReceivedNanos());
    Instant since = clock.instant().minus(FOLD_ERROR_WINDOW);
    while (!foldErrors.isEmpty() && foldErrors.peekFirst().isBefore(since)) {
      foldErrors.pollFirst();
    }
    return new Health(
        Duration.ofNanos(Math.max(0, nanos.getAsLong() - oldest)),
        failing,
        foldErrors.size(),
        lastFoldError);
  }

  private void run() {
    List<AmiFrame> batch = new ArrayList<>(MAX_BATCH);
    try {
      while (!stopped && (running || queue.depth() > 0 || spool.pending())) {
        runTasks();
        boolean fromSpool = spool.pending(); // what waited in the spool goes first, in order
        if (fromSpool) {
          batch.addAll(spool.peek(MAX_BATCH));
        } else if (queue.drain(batch, MAX_BATCH, 100) == 0) {
          continue;
        }
        inFlightSince = batch.getFirst().receivedNanos();
        inFlight = true;
        current = batch;
        currentSpooled = fromSpool;
        try {
          store(batch);
          if (currentSpooled && !stopped) {
            spool.commit(batch.size());
          }
        } finally {
          inFlight = false;
          batch.clear();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs work that must not race with ingestion (a repair from queue_log) on the ingestion thread,
   * between two batches, so that one thread writes the calls of this server.
   */
  public <T> CompletableFuture<T> submit(Function<IngestionService, T> work) {
    var done = new CompletableFuture<T>();
    tasks.add(
        () -> {
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

  /** Stores one batch; drives the pipeline on however the batch fails. */
  private void store(List<AmiFrame> frames) throws InterruptedException {
    long start = nanos.getAsLong();
    IngestionService.Batch batch = service.prepare(frames);
    IngestResult result;
    try {
      try {
        result = untilReachable(frames.size(), () -> service.ingest(batch));
      } catch (RuntimeException e) {
        LOG.warn(
            "storing {} AMI frames of {} failed ({}); storing them raw and folding them one by one",
            frames.size(),
            service.serverId(),
            e.toString());
        result = oneByOne(batch);
      }
    } catch (StoppedException e) {
      stopped = true; // closed while the batch could not go in: leave the rest unstored too
      return;
    }
    long now = nanos.getAsLong();
    metrics.stored(service.serverId(), result.counts(), now - start);
    for (ReceivedMessage m : result.messages()) {
      metrics.latency(service.serverId(), now - m.receivedNanos());
    }
    if (!result.messages().isEmpty()) {
      lastLagNanos = now - result.messages().getLast().receivedNanos();
    }
    notifyCommitted(result);
  }

  /**
   * Raw first, then each frame in its own transaction; a message that cannot be folded is flagged
   * and skipped.
   */
  private IngestResult oneByOne(IngestionService.Batch batch)
      throws InterruptedException, StoppedException {
    storeRaw(batch.messages());
    Map<String, CallFolder.Change> changes = new LinkedHashMap<>();
    int next = 0;
    for (AmiFrame f : batch.frames()) {
      ReceivedMessage m = f.isControl() ? null : batch.messages().get(next++);
      try {
        for (CallFolder.Change c : untilReachable(1, () -> service.foldOne(f, m))) {
          CallFolder.Change first = changes.get(c.after().id());
          changes.put(
              c.after().id(), first == null ? c : new CallFolder.Change(first.before(), c.after()));
        }
      } catch (RuntimeException e) {
        foldFailed(f, m, e);
      }
    }
    return new IngestResult(
        service.serverId(),
        batch.messages(),
        List.copyOf(changes.values()),
        batch.boundaries(),
        batch.counts());
  }

  private void storeRaw(List<ReceivedMessage> messages)
      throws InterruptedException, StoppedException {
    try {
      untilReachable(
          messages.size(),
          () -> {
            service.storeRaw(messages);
            return null;
          });
    } catch (RuntimeException e) {
      // one message the log refuses must not keep the others out
      for (ReceivedMessage m : messages) {
        try {
          untilReachable(
              1,
              () -> {
                service.storeRaw(List.of(m));
                return null;
              });
        } catch (RuntimeException refused) {
          metrics.foldError(service.serverId());
          foldErrors.addLast(clock.instant());
          lastFoldError = "事件原文无法保存：" + IngestionService.describe(refused);
          LOG.error(
              "AMI message {}/{} of {} could not be stored raw",
              m.sessionId(),
              m.seq(),
              service.serverId(),
              refused);
        }
      }
    }
  }

  private void foldFailed(AmiFrame frame, ReceivedMessage m, RuntimeException e)
      throws InterruptedException, StoppedException {
    metrics.foldError(service.serverId());
    foldErrors.addLast(clock.instant());
    lastFoldError = IngestionService.describe(e);
    if (m == null) {
      LOG.error(
          "recording the connection boundary {} of {} failed; going on",
          frame.type(),
          service.serverId(),
          e);
      return;
    }
    LOG.error(
        "folding AMI message {}/{} ({}) of {} failed; it is kept raw and flagged, and folding goes on",
        m.sessionId(),
        m.seq(),
        m.message().name(),
        service.serverId(),
        e);
    try {
      untilReachable(
          1,
          () -> {
            service.flagFoldError(m, e, clock.instant());
            return null;
          });
    } catch (RuntimeException flagging) {
      LOG.warn(
          "flagging AMI message {}/{} of {} failed: {}",
          m.sessionId(),
          m.seq(),
          service.serverId(),
          flagging.toString());
    }
  }

  /**
   * Runs {@code work}, again and again with a growing pause while the database is unreachable or
   * the lease not live; rethrows the rest.
   */
  private <T> T untilReachable(int frames, Supplier<T> work)
      throws InterruptedException, StoppedException {
    long pause = 50;
    while (true) {
      try {
        T out = work.get();
        failing = false;
        return out;
      } catch (RuntimeException e) {
        metrics.failed(service.serverId());
        if (!service.unreachable(e) && !(e instanceof FencedTransactions.Fenced)) {
          failing = false;
          throw e;
        }
        failing = true;
        LOG.warn(
            "storing {} AMI frames of {} failed (database unreachable or ingestion lease not live); retrying in {} ms: {}",
            frames,
            service.serverId(),
            pause,
            e.toString());
        if (!running) {
          throw new StoppedException();
        }
        waitOut(pause);
        pause = Math.min(5000, pause * 2);
      }
    }
  }

  /**
   * Waits {@code millis} before the next try. With a spool, the batch that failed and whatever the
   * reader queues meanwhile go to disk at once (fsynced per batch): a crash now loses nothing.
   */
  private void waitOut(long millis) throws InterruptedException {
    if (!spool.enabled()) {
      Thread.sleep(millis);
      return;
    }
    long until = nanos.getAsLong() + millis * 1_000_000;
    List<AmiFrame> more = new ArrayList<>();
    try {
      if (!currentSpooled) {
        spool.append(current);
        currentSpooled = true;
      }
      do {
        long left = Math.max(1, (until - nanos.getAsLong()) / 1_000_000);
        queue.drain(more, MAX_BATCH, Math.min(100, left));
        spool.append(more);
        more.clear();
      } while (until - nanos.getAsLong() > 0);
    } catch (UncheckedIOException e) {
      LOG.error("AMI spool of {} failed; frames wait in memory only", service.serverId(), e);
      Thread.sleep(millis);
    }
  }

  /** The pump was closed while the database was away: what was not stored stays unstored. */
  private static final class StoppedException extends Exception {
    private static final long serialVersionUID = 1L;

    StoppedException() {
      super(null, null, false, false);
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
