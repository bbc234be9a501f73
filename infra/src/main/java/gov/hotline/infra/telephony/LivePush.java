package gov.hotline.infra.telephony;

import gov.hotline.telephony.domain.LiveBoardSnapshot;
import gov.hotline.telephony.domain.ScreenPop;
import gov.hotline.telephony.verticle.TelephonyAddresses;
import gov.hotline.telephony.domain.LiveBoard;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.service.CallQueries;
import gov.hotline.telephony.domain.IngestResult;
import io.vertx.core.Vertx;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the live board from committed messages and pushes to browsers through the event bus: a queue snapshot at
 * most once a second while something changes (or callers wait, their waits growing), and a screen pop when an
 * agent is connected to a caller (built off the ingestion thread: it looks up the caller's tickets and calls).
 */
final class LivePush implements Consumer<IngestResult>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LivePush.class);

  private final LiveBoard board;
  private final CallQueries calls;
  private final Vertx vertx;
  private final LiveFeed feed;
  private final ExecutorService pops = Executors.newSingleThreadExecutor(
      Thread.ofPlatform().daemon().name("screen-pop").factory());
  private long timer = -1;
  private long published = -1;

  LivePush(LiveBoard board, CallQueries calls, Vertx vertx, LiveFeed feed) {
    this.board = board;
    this.calls = calls;
    this.vertx = vertx;
    this.feed = feed;
  }

  LivePush start() {
    timer = vertx.setPeriodic(1000, id -> tick());
    return this;
  }

  private void tick() {
    long v = board.version();
    LiveBoardSnapshot s = board.snapshot();
    boolean waiting = s.queues().stream().anyMatch(q -> !q.waiting().isEmpty());
    if (v != published || waiting) {
      published = v;
      feed.publish(vertx.eventBus(), TelephonyAddresses.CONSOLE_QUEUES, s);
    }
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
