package gov.hotline.telephony.adapter.ami;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.AmiLinkStatus;
import gov.hotline.telephony.domain.AmiLinkStatus.State;
import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.port.FrameSink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one AMI connection to one Asterisk server alive, on its own thread: logs in with
 * Asterisk-Java, asks for a resynchronisation (QueueStatus, CoreShowChannels) after every login,
 * pings every {@code pingInterval} and gives the connection up when no pong came for {@code
 * pingTimeout} (a half-open socket sends nothing, and Asterisk-Java has no read timeout), then
 * reconnects with {@link Backoff}. Everything received goes raw to the {@link FrameSink}, straight
 * from the socket reader thread; connection boundaries go in-band so ingestion sees them in order.
 */
public final class AmiConnector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AmiConnector.class);
  private static final AtomicLong LAST_SESSION = new AtomicLong();

  private final AmiServerConfig cfg;
  private final FrameSink sink;
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1500));
  private final LongAdder dropped = new LongAdder();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread thread;
  private volatile TappedManagerConnection connection;
  private volatile AmiLinkStatus status;
  private volatile boolean running = true;
  private long reconnects;
  private boolean everConnected;

  public AmiConnector(AmiServerConfig cfg, FrameSink sink) {
    this.cfg = cfg;
    this.sink = sink;
    this.status = new AmiLinkStatus(cfg.id(), State.CONNECTING, Instant.now(), 0, null, 0);
    this.thread = Thread.ofPlatform().daemon().name("ami-" + cfg.id()).unstarted(this::run);
  }

  public AmiConnector start() {
    thread.start();
    return this;
  }

  public AmiLinkStatus status() {
    return status;
  }

  public String serverId() {
    return cfg.id();
  }

  /** Messages the reader had to drop because ingestion was full. */
  public long dropped() {
    return dropped.sum();
  }

  /**
   * Sends an action without waiting (never call a blocking send from a listener). The callback gets
   * the response; fails at once when the link is down.
   */
  public void send(ManagerAction action, Consumer<ManagerResponse> callback) {
    TappedManagerConnection c = connection;
    if (c == null || !status.connected()) {
      throw new IllegalStateException("AMI link " + cfg.id() + " is " + status.state());
    }
    try {
      c.sendAction(action, callback::accept);
    } catch (IOException e) {
      throw new IllegalStateException("AMI link " + cfg.id() + " failed: " + e.getMessage(), e);
    }
  }

  private void run() {
    while (running) {
      long session = nextSessionId();
      CountDownLatch lost = new CountDownLatch(1);
      TappedManagerConnection c =
          new TappedManagerConnection(
              socket ->
                  new TappingSocket(
                      socket, new RawMessageAssembler(cfg.id(), session, sink, dropped)),
              lost::countDown);
      c.setHostname(cfg.host());
      c.setPort(cfg.port());
      c.setUsername(cfg.username());
      c.setPassword(cfg.secret());
      c.setSocketTimeout(3000);
      c.setDefaultResponseTimeout(Math.max(2000, cfg.pingTimeout().toMillis()));
      c.setKeepAliveAfterAuthenticationFailure(false);
      setStatus(State.CONNECTING, null, session);
      try {
        c.login("on");
      } catch (Exception e) {
        c.abandon();
        setStatus(State.DISCONNECTED, describe(e), session);
        LOG.warn("AMI login to {} failed: {}", cfg, describe(e));
        pause(backoff.nextMillis());
        continue;
      }
      connected(c, session);
      String reason = supervise(c, lost);
      connection = null;
      c.abandon();
      setStatus(State.DISCONNECTED, reason, session);
      sink.boundary(
          AmiFrame.boundary(AmiFrame.Type.DISCONNECTED, cfg.id(), session, Long.MAX_VALUE, reason));
      if (running) {
        LOG.warn("AMI link {} lost ({}); reconnecting", cfg, reason);
        pause(backoff.nextMillis());
      }
    }
    stopped.countDown();
  }

  private void connected(TappedManagerConnection c, long session) {
    connection = c;
    if (everConnected) {
      reconnects++;
    }
    everConnected = true;
    backoff.reset();
    sink.boundary(AmiFrame.boundary(AmiFrame.Type.CONNECTED, cfg.id(), session, -1, null));
    setStatus(State.CONNECTED, null, session);
    LOG.info("AMI link {} connected (session {}, {} reconnects)", cfg, session, reconnects);
    resync(c, new QueueStatusAction(), "resync-queues-" + session);
    resync(c, new CoreShowChannelsAction(), "resync-channels-" + session);
  }

  private void resync(TappedManagerConnection c, EventGeneratingAction action, String actionId) {
    action.setActionId(actionId);
    try {
      // the answers arrive through the tap like any other message; nothing to do with them here
      c.sendEventGeneratingAction(action, events -> {});
    } catch (Exception e) {
      LOG.warn("AMI resync {} on {} could not be sent: {}", actionId, cfg.id(), describe(e));
    }
  }

  /** Pings until the link is lost; returns why. */
  private String supervise(TappedManagerConnection c, CountDownLatch lost) {
    AtomicLong lastPong = new AtomicLong(System.nanoTime());
    long interval = cfg.pingInterval().toMillis();
    long timeout = cfg.pingTimeout().toNanos();
    try {
      while (running) {
        if (lost.await(interval, TimeUnit.MILLISECONDS)) {
          return "connection closed";
        }
        if (System.nanoTime() - lastPong.get() > timeout) {
          return "no answer to ping for " + cfg.pingTimeout().toMillis() + " ms";
        }
        try {
          c.sendAction(new PingAction(), r -> lastPong.set(System.nanoTime()));
        } catch (Exception e) {
          return "ping failed: " + describe(e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "stopped";
  }

  private void setStatus(State state, String error, long session) {
    AmiLinkStatus s = status;
    status =
        new AmiLinkStatus(
            cfg.id(),
            state,
            state == s.state() ? s.since() : Instant.now(),
            reconnects,
            error != null ? error : s.lastError(),
            session);
  }

  private void pause(long millis) {
    try {
      stopped.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static long nextSessionId() {
    long now = System.currentTimeMillis();
    return LAST_SESSION.updateAndGet(last -> Math.max(last + 1, now));
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    TappedManagerConnection c = connection;
    if (c != null) {
      c.abandon();
    }
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
