package gov.hotline.infra.telephony;

import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.LiveBoard;
import gov.hotline.telephony.domain.LiveBoardSnapshot;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.domain.ScreenPop;
import gov.hotline.telephony.service.CallQueries;
import gov.hotline.telephony.verticle.TelephonyAddresses;
import io.vertx.core.Vertx;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the live board from committed messages and pushes to browsers through the event bus: a
 * queue snapshot at once when the board changes after a quiet second, then at most one a second
 * while changes go on (the changes of that second coalesced into the next), and once a second while
 * callers wait, their waits growing; and a screen pop when an agent is connected to a caller (built
 * off the ingestion thread: it looks up the caller's tickets and calls).
 */
final class LivePush implements Consumer<IngestResult>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LivePush.class);

  private final LiveBoard board;
  private final CallQueries calls;
  private final Vertx vertx;
  private final LiveFeed feed;
  private final ExecutorService pops =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("screen-pop").factory());
  private static final long PERIOD_MS = 1000;
  private static final long TICK_MS = 250;
  private long timer = -1;
  // guarded by this: the version last published, when (System.nanoTime() in ms), and whether a
  // flush is due
  private long published = -1;
  private long publishedAt = Long.MIN_VALUE / 2;
  private boolean flushDue;

  LivePush(LiveBoard board, CallQueries calls, Vertx vertx, LiveFeed feed) {
    this.board = board;
    this.calls = calls;
    this.vertx = vertx;
    this.feed = feed;
  }

  LivePush start() {
    timer = vertx.setPeriodic(TICK_MS, id -> tick());
    return this;
  }

  /**
   * The board changed: published now after a quiet second, else with the next flush (one per
   * second).
   */
  private synchronized void changed() {
    if (flushDue || board.version() == published) {
      return;
    }
    long wait = publishedAt + PERIOD_MS - nowMs();
    if (wait <= 0) {
      publish(board.snapshot());
    } else {
      flushDue = true;
      vertx.setTimer(wait, id -> flush());
    }
  }

  private synchronized void flush() {
    flushDue = false;
    if (board.version() != published) {
      publish(board.snapshot());
    }
  }

  /**
   * A change missed by {@link #changed()} (none expected) or callers waiting: a snapshot a second
   * after the last.
   */
  private synchronized void tick() {
    if (flushDue || nowMs() - publishedAt < PERIOD_MS) {
      return;
    }
    LiveBoardSnapshot s = board.snapshot();
    if (s.version() != published || s.queues().stream().anyMatch(q -> !q.waiting().isEmpty())) {
      publish(s);
    }
  }

  private void publish(LiveBoardSnapshot s) {
    published = s.version();
    publishedAt = nowMs();
    feed.publish(vertx.eventBus(), TelephonyAddresses.CONSOLE_QUEUES, s);
  }

  private static long nowMs() {
    return System.nanoTime() / 1_000_000;
  }

  @Override
  public void accept(IngestResult result) {
    for (ReceivedMessage rm : result.messages()) {
      board.apply(rm);
      if (rm.message().isEvent("AgentConnect")) {
        var m = rm.message();
        String iface = m.get("Interface");
        String callId = m.get("Linkedid");
        String caller = m.get("CallerIDNum");
        String queue = m.get("Queue");
        pops.execute(() -> pop(iface, callId, caller, queue, rm));
      }
    }
    changed();
  }

  private void pop(String iface, String callId, String caller, String queue, ReceivedMessage rm) {
    try {
      ScreenPop p = calls.screenPop(iface, callId, caller, queue, rm.eventTime());
      feed.publishPop(vertx.eventBus(), TelephonyAddresses.SCREEN_POP, p);
      vertx.eventBus().publish(TelephonyAddresses.agent(iface), p);
    } catch (RuntimeException e) {
      LOG.warn("screen pop for call {} on {} failed", callId, iface, e);
    }
  }

  @Override
  public void close() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    pops.shutdownNow();
  }
}
